/**
 * The plain command types the case process takes: data only, no decorators, nothing of GraphQL. The
 * resolvers pass their validated inputs, which fit these shapes; the services never see the schema.
 */
export * from "./case";
export * from "./legal-basis";
export * from "./meeting";
export * from "./participant";
export * from "./plan";
export * from "./sharing";
export * from "./signal";
