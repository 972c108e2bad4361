"""The session's case log: nothing is opened until it is asked for, then one store is kept."""

from __future__ import annotations

from fallback_desktop import paths
from fallback_desktop.core.store.cases import DATABASE_NAME
from fallback_desktop.session import Session


def test_the_case_log_opens_on_first_use_and_once() -> None:
    session = Session(lang="en")
    assert not session.cases_are_open
    assert not (paths.data_dir() / DATABASE_NAME).exists()
    store = session.cases
    assert session.cases_are_open
    assert (paths.data_dir() / DATABASE_NAME).exists()
    assert session.open_cases(verify_later=True) is store
    assert len(store) == 0
    store.close()
