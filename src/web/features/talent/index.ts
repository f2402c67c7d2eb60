// Talent reviews are reached through routes.tsx; nothing else is shared with other features.
export {};
