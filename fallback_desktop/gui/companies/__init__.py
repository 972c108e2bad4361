"""The companies view: the person's directory, searched as they type, and its editor."""
