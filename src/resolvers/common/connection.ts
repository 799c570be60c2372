import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { BadInputError } from "../../errors";

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

/** Keyset cursor over (timestamp, id): stable under inserts, no OFFSET scans. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error("bad");
    return [date, id];
  } catch {
    throw new BadInputError("The cursor is not valid; use a cursor from pageInfo.endCursor.", { after: ["invalid cursor"] });
  }
}
