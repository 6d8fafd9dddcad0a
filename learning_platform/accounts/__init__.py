"""People: the custom user model, sign-up and login, profile, and personal data rights."""
