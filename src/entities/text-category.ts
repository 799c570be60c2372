import { Field } from "type-graphql";
import { Column } from "typeorm";
import { InformationCategory } from "../domain/enums";

/** The column that holds the category of a free text: null is unclassified, which counts as care data. */
export function TextCategoryColumn(): PropertyDecorator {
  return Column({ type: "enum", enum: InformationCategory, enumName: "information_category", nullable: true });
}

/**
 * The category of the free text `text` (permissions/guarded-texts.ts): SAFETY, a care category, or null for
 * unclassified. Read under the same rule as the text itself.
 */
export function TextCategory(text: string): PropertyDecorator {
  return (target, key) => {
    Field(() => InformationCategory, {
      nullable: true,
      description: `Categorie van ${text}: SAFETY, een zorgcategorie, of null (niet geclassificeerd, telt als zorginformatie). Zelfde regel als ${text}.`,
    })(target, key);
    TextCategoryColumn()(target, key);
  };
}
