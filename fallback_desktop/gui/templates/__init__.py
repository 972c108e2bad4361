"""The person's own letter templates: the view that edits them and the choice the letter offers."""
