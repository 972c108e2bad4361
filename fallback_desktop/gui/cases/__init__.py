"""The cases view: the case log, a case's timeline, its attempts, reminders and follow-up."""
