export * from "./audit";
export * from "./auth";
export * from "./catalog";
export * from "./merchants";
export * from "./outbox";
