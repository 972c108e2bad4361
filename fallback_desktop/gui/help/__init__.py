"""Help: the how-to, the questions and answers, where the numbers come from, the keyboard
shortcuts (a window of pages, F1) and the About box's versions."""
