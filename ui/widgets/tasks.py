"""One cancellable background task per widget: the task runner every wizard and settings page shares.

A page's network or disk work runs as one asyncio task on the GUI's loop (qasync), so the page stays
responsive and the work can be abandoned. The semantic, for every page:

* :meth:`TaskRunner.run_task` starts the coroutine as the page's task. A task still running is cancelled
  first (Retry, "Get a new code", Reload): one attempt at a time, and no answer from an abandoned attempt
  changes the screen later.
* :meth:`TaskRunner.cancel_task` cancels without waiting (leaving a wizard page, closing a window): the
  coroutine gets :class:`asyncio.CancelledError` at its current ``await`` and its ``finally`` blocks run on
  the loop's next turns.
* When the task ends, the page forgets it, an exception the coroutine did not catch goes to
  :func:`sys.excepthook` (pages catch the errors they expect; anything else is a bug worth seeing in the log
  and on screen, not a warning at garbage collection), and :meth:`TaskRunner.task_finished` is called.

Put the mixin before the Qt class: ``class AsyncPage(TaskRunner, Retranslatable, QWizardPage)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Coroutine
from typing import Any


class TaskRunner:
    """Mixin: the widget's one background task (see the module's documentation for the semantic)."""

    _task: asyncio.Task[Any] | None = None

    def run_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start ``coro`` as this widget's task, cancelling the one still running."""
        self.cancel_task()
        task = asyncio.ensure_future(coro)
        self._task = task
        task.add_done_callback(self._task_done)
        return task

    def cancel_task(self) -> None:
        """Cancel the running task, if any, without waiting for it."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()

    def task(self) -> asyncio.Task[Any] | None:
        """The task started last, while it runs."""
        return self._task

    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def task_finished(self) -> None:
        """Called when a task ends (done, failed or cancelled); a wizard page re-checks its Next button here."""

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        if self._task is task:
            self._task = None
        if not task.cancelled():
            exc = task.exception()
            if exc is not None:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        with contextlib.suppress(RuntimeError):  # the widget may be gone already (window closed)
            self.task_finished()
