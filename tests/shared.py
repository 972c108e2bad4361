"""What many tests share: one business calendar, as the app's session shares one."""

from __future__ import annotations

from fallback_desktop.core.calendar.business import BusinessCalendar

# The bundled one-off holidays only: a person's own file is not read by tests that use this.
CALENDAR = BusinessCalendar()
