// The privacy feature is reached through routes.tsx only.
export {};
