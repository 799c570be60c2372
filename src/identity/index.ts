export * from "./dev-issuer";
export * from "./token-verifier";
export * from "./trust-registry";
export * from "./viewer";
