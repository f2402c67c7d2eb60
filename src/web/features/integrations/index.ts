// Integrations has no parts for other features; its page is reached through routes.tsx.
export {};
