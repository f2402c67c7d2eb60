// Single sign-on offers nothing to other modules; auth asks it through the `passwordPolicy` port.
export {};
