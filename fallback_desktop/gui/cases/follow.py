"""The cases view follows what is recorded elsewhere: an attempt recorded in one click from
the letter, a timed call or a chat shows in the list at once, and "Show the case" brings the
view forward on that case."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fallback_desktop.gui.views import ViewHost
    from fallback_desktop.gui.write.record_offer import AttemptRecorder

CASES = "cases"


def follow_records(host: ViewHost, recorder: AttemptRecorder) -> None:
    """Connect the letter's recorder to the cases view of `host` (built only when needed)."""

    def changed(cid: int) -> None:
        from fallback_desktop.gui.cases.view import CasesView

        view = host.built_view(CASES)
        if isinstance(view, CasesView) and view.store is not None:
            view.choose(cid)

    def show(cid: int) -> None:
        from fallback_desktop.gui.cases.view import CasesView

        index = host.index_of(CASES)
        if index is None:
            return
        view = host.view(CASES)
        if isinstance(view, CasesView):
            view.choose(cid)
        host.show_view(index)

    recorder.recorded.connect(changed)
    recorder.show_case.connect(show)
