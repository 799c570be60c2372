import { ClassType, Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Paginering (cursor-based, Relay-stijl)." })
export class PageInfo {
  @Field({ description: "Of er na deze pagina nog items zijn." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor van het laatste item; geef mee als `after` voor de volgende pagina." })
  endCursor: string | null;
}

/** A Relay-style connection type for `Node`. */
export function Connection<Node extends object>(node: ClassType<Node>, dutch: string) {
  @ObjectType(`${node.name}Edge`, { simpleResolvers: true, description: `Eén ${dutch} met zijn cursor.` })
  class Edge {
    @Field({ description: "Ondoorzichtige cursor." })
    cursor: string;

    @Field(() => node, { description: `De ${dutch}.` })
    node: Node;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType {
    @Field(() => [Edge], { description: "De items van deze pagina." })
    edges: Edge[];

    @Field(() => PageInfo, { description: "Paginering." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Totaal aantal items dat aan het filter voldoet (en zichtbaar is)." })
    totalCount: number;
  }
  return ConnectionType;
}
