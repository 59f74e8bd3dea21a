"""Review: the current plan in its categories, what to write, a summary, then Finish; approve or reject a run
stopped at the threshold.

"Preview" asks the running service for the plan to review (``bridge.review_plan``): the run waiting for review
or approval, else a fresh one; the service keeps it under its run id. Its entries are shown in tabs — new
users, users to update, marked for activation / disable (and deletion), groups, ignored — each with its
reason and, below it, the attribute changes (old → new). Every entry that would be written carries a
checkbox, in every tab. "Add and Continue" shows a summary of exactly what Finish will write (counts per
category, the safety threshold, and whether the scope is the whole domain); "Finish" then applies exactly
the ticked entries of that plan, by entry key (``bridge.apply_reviewed``) — nothing else is written. When a
run has stopped at the safety threshold, Approve and Reject settle it (``bridge.approve`` /
``bridge.reject``); an approval covers the disables and deletes that run showed, no others.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin import (
    SAFETY_FLOOR,
    AgentState,
    AgentStatus,
    ObjectKind,
    Plan,
    PlanCategory,
    PlanEntry,
    SafetyCode,
    SafetyStatus,
)
from app.errors import IdentityConnectError
from ui.settings.base import PageMessage, SettingsContext, SettingsPage

#: Tabs: name, the object kind shown (None: users and groups), the categories shown.
TABS: tuple[tuple[str, ObjectKind | None, tuple[PlanCategory, ...]], ...] = (
    ("new", ObjectKind.USER, (PlanCategory.NEW,)),
    ("update", ObjectKind.USER, (PlanCategory.UPDATE,)),
    ("status", ObjectKind.USER, (PlanCategory.ACTIVATE, PlanCategory.DISABLE, PlanCategory.DELETE)),
    ("groups", ObjectKind.GROUP, tuple(c for c in PlanCategory if c is not PlanCategory.IGNORED)),
    ("ignored", None, (PlanCategory.IGNORED,)),
)
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    return str(value)


class ReviewPage(SettingsPage):
    page_id = "review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.plan: Plan | None = None
        self.run_id: str | None = None  # the reviewed plan's run id (the service holds that plan)
        self.pending_run_id: str | None = None
        self.awaiting_approval = False
        self.approval_reason = "threshold_exceeded"
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewButton")
        self.scope_notice = QLabel(self)
        self.scope_notice.setObjectName("scopeNotice")
        self.scope_notice.setWordWrap(True)
        self.scope_notice.setVisible(False)
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("reviewTabs")
        self.trees: dict[str, QTreeWidget] = {}
        for name, _, _ in TABS:
            tree = QTreeWidget(self.tabs)
            tree.setObjectName(f"review_{name}")
            tree.setColumnCount(3)
            tree.setColumnWidth(0, 260)
            tree.setColumnWidth(1, 140)
            self.trees[name] = tree
            self.tabs.addTab(tree, "")
        self.summary = QWidget(self.stack)
        self.summary.setObjectName("reviewSummary")
        self.summary_title = QLabel(self.summary)
        self.summary_title.setWordWrap(True)
        self.summary_text = QLabel(self.summary)
        self.summary_text.setObjectName("summaryText")
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.threshold_text = QLabel(self.summary)
        self.threshold_text.setObjectName("thresholdText")
        self.threshold_text.setWordWrap(True)
        self.summary_scope = QLabel(self.summary)
        self.summary_scope.setObjectName("summaryScope")
        self.summary_scope.setWordWrap(True)
        summary_layout = QVBoxLayout(self.summary)
        for label in (self.summary_title, self.summary_text, self.threshold_text, self.summary_scope):
            summary_layout.addWidget(label)
        summary_layout.addStretch(1)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.summary)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finishButton")
        self.approval = QLabel(self)
        self.approval.setObjectName("approvalText")
        self.approval.setWordWrap(True)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveButton")
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("rejectButton")
        self.message = PageMessage(self, "reviewMessage")
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.preview_button)
        approval_row = QHBoxLayout()
        approval_row.addWidget(self.approval, 1)
        approval_row.addWidget(self.approve_button)
        approval_row.addWidget(self.reject_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.continue_button)
        bottom.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scope_notice)
        layout.addLayout(approval_row)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.preview_button.clicked.connect(lambda: self.run_task(self.preview()))
        self.continue_button.clicked.connect(self.show_summary)
        self.back_button.clicked.connect(self.show_entries)
        self.finish_button.clicked.connect(lambda: self.run_task(self.finish()))
        self.approve_button.clicked.connect(lambda: self.run_task(self.settle(approve=True)))
        self.reject_button.clicked.connect(lambda: self.run_task(self.settle(approve=False)))
        self.retranslate_ui()
        self.show_entries()
        self._show_approval(None)

    def title(self) -> str:
        return self.tr("Review")

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        context.bridge.sig_status.connect(self._show_approval)
        self._show_approval(context.bridge.last_status)

    def _show_approval(self, status: AgentStatus | None) -> None:
        waiting = status is not None and status.state is AgentState.AWAITING_APPROVAL and bool(status.pending_run_id)
        self.awaiting_approval = waiting
        self.pending_run_id = status.pending_run_id if status is not None else None
        self.approval_reason = (status.detail if waiting and status is not None else None) or "threshold_exceeded"
        self._word_approval()
        for widget in (self.approval, self.approve_button, self.reject_button):
            widget.setVisible(waiting)

    def _word_approval(self) -> None:
        if self.approval_reason == "source_not_visible":
            self.approval.setText(
                self.tr(
                    "A sync stopped because managed users are no longer visible to the bind account. Check its "
                    "read rights; approve only if they were deleted (they are then disabled, never deleted)."
                )
            )
        else:
            self.approval.setText(
                self.tr("A sync stopped before disabling or deleting more users than the safety threshold allows.")
            )

    # ---- plan ----
    async def preview(self) -> Plan | None:
        assert self.context is not None
        self.preview_button.setEnabled(False)
        self.message.show_note(self.tr("Working out the plan…"))
        try:
            planned = await self.context.bridge.review_plan()
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return None
        finally:
            self.preview_button.setEnabled(True)
        self.run_id = str(planned.run_id)
        plan: Plan = planned.plan
        self.set_plan(plan)
        if plan.safety.status is SafetyStatus.ABORT or plan.safety.code is SafetyCode.SOURCE_NOT_VISIBLE:
            # Objects no longer visible: say how many and which OUs, whatever the admin decides next.
            self.message.show_error(plan.safety.code.value, self._abort_details(plan))
        else:
            self.message.show_note("")
        return plan

    @staticmethod
    def _abort_details(plan: Plan) -> dict[str, object]:
        safety = plan.safety
        return {"count": safety.not_visible, "ous": "; ".join(safety.not_visible_ous)}

    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        for name, kind, categories in TABS:
            tree = self.trees[name]
            tree.clear()
            entries = [e for e in plan.entries if e.category in categories and kind in (None, e.kind)]
            for entry in entries:
                tree.addTopLevelItem(self._entry_item(entry, selectable=name != "ignored"))
            self.tabs.setTabText(self.tabs.indexOf(tree), f"{self._tab_title(name)} ({len(entries)})")
        # Open on the first tab with something to write (a threshold stop's disables, not an empty "New users").
        current = self.tabs.currentWidget()
        if isinstance(current, QTreeWidget) and current.topLevelItemCount() == 0:
            for name, _, _ in TABS[:-1]:
                if self.trees[name].topLevelItemCount():
                    self.tabs.setCurrentWidget(self.trees[name])
                    break
        self.scope_notice.setVisible(plan.whole_domain)
        self.continue_button.setEnabled(bool(plan.actionable) and plan.safety.status is not SafetyStatus.ABORT)
        self.show_entries()

    def _entry_item(self, entry: PlanEntry, *, selectable: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.display_name, self._category_text(entry.category), self._reason_text(entry)])
        item.setData(0, ANCHOR_ROLE, entry.anchor)
        item.setData(0, KEY_ROLE, entry.key)
        item.setToolTip(0, entry.dn or entry.anchor)
        if selectable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Proposals (a user deleted in the cloud, still in the directory) are written only when ticked.
            item.setCheckState(0, Qt.CheckState.Unchecked if entry.needs_review else Qt.CheckState.Checked)
        for change in entry.diff:
            QTreeWidgetItem(item, [change.path, _value(change.old), "→ " + _value(change.new)])
        return item

    def items(self, tab: str) -> list[QTreeWidgetItem]:
        tree = self.trees[tab]
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]

    def new_user_items(self) -> list[QTreeWidgetItem]:
        return self.items("new")

    def selected_keys(self) -> set[str]:
        """The ticked entries, by key (``kind:anchor:category``), in every tab: exactly what Finish writes."""
        chosen: set[str] = set()
        for name, _, _ in TABS:
            for item in self.items(name):
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked:
                    chosen.add(str(item.data(0, KEY_ROLE)))
        return chosen

    # ---- Add and Continue → summary → Finish ----
    def show_entries(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.continue_button.setVisible(True)
        self.back_button.setVisible(False)
        self.finish_button.setVisible(False)

    def show_summary(self) -> bool:
        """Show what Finish will write for the current selection; nothing is written yet."""
        if self.plan is None:
            return False
        self._render_summary()
        self.stack.setCurrentWidget(self.summary)
        self.continue_button.setVisible(False)
        self.back_button.setVisible(True)
        self.finish_button.setVisible(True)
        self.finish_button.setEnabled(True)
        self.finish_button.setFocus()
        return True

    def _render_summary(self) -> None:
        if self.plan is None:
            return
        counts = self.plan.counts_for(self.selected_keys())
        lines = [text for key, text in self._count_lines(counts) if counts.get(key)]
        self.summary_text.setText("\n".join(lines) if lines else self.tr("Nothing will be written."))
        self.threshold_text.setText(self._threshold_line(counts))
        if self.plan.whole_domain:
            self.summary_scope.setText(
                self.tr(
                    "Scope: the whole domain. No OU is selected, so every user and group the bind account can "
                    "read is in scope. Go back and choose OUs in Sync scope to narrow it."
                )
            )
        else:
            self.summary_scope.setText(self.tr("Scope: the selected OUs."))

    def _count_lines(self, counts: dict[str, int]) -> list[tuple[str, str]]:
        def n(key: str) -> int:
            return counts.get(key, 0)

        return [
            ("user.new", self.tr("%n user(s) will be created", "", n("user.new"))),
            ("user.update", self.tr("%n user(s) will be updated", "", n("user.update"))),
            ("user.activate", self.tr("%n user(s) will be activated", "", n("user.activate"))),
            ("user.disable", self.tr("%n user(s) will be disabled", "", n("user.disable"))),
            ("user.delete", self.tr("%n user(s) will be deleted", "", n("user.delete"))),
            ("group.new", self.tr("%n group(s) will be created", "", n("group.new"))),
            ("group.update", self.tr("%n group(s) will be updated", "", n("group.update"))),
            ("group.delete", self.tr("%n group(s) will be deleted", "", n("group.delete"))),
        ]

    def _threshold_line(self, counts: dict[str, int]) -> str:
        assert self.plan is not None
        safety = self.plan.safety
        removals = sum(v for k, v in counts.items() if k.endswith((".disable", ".delete")))
        managed = max(safety.managed, 1)
        over = removals > safety.limit_count or (
            removals > SAFETY_FLOOR and removals * 100.0 / managed > safety.limit_percent
        )
        if over:
            return self.tr(
                "%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly "
                "the ones listed, no others.",
                "",
                removals,
            )
        return self.tr("%n disable(s) and deletion(s): within the safety threshold.", "", removals)

    async def finish(self) -> bool:
        """Write exactly the ticked entries of the reviewed plan."""
        assert self.context is not None
        if self.plan is None or self.run_id is None:
            return False
        self.finish_button.setEnabled(False)
        self.back_button.setEnabled(False)
        try:
            await self.context.bridge.apply_reviewed(self.run_id, self.selected_keys())
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            self.finish_button.setEnabled(True)
            return False
        finally:
            self.back_button.setEnabled(True)
        self.message.show_note(self.tr("Applied. The run's results are in the status window."))
        self.plan = None
        self.run_id = None
        self.continue_button.setEnabled(False)
        self.show_entries()
        return True

    async def settle(self, *, approve: bool) -> bool:
        assert self.context is not None
        run_id = self.pending_run_id
        if not run_id:
            return False
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        try:
            if approve:
                await self.context.bridge.approve(run_id)
            else:
                await self.context.bridge.reject(run_id)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return False
        finally:
            self.approve_button.setEnabled(True)
            self.reject_button.setEnabled(True)
        self.message.show_note(
            self.tr("Run approved and applied.") if approve else self.tr("Run rejected; nothing was changed.")
        )
        return True

    # ---- words ----
    def _tab_title(self, name: str) -> str:
        return {
            "new": self.tr("New users"),
            "update": self.tr("Users to update"),
            "status": self.tr("Marked for activation / disable"),
            "groups": self.tr("Groups"),
            "ignored": self.tr("Ignored"),
        }[name]

    def _category_text(self, category: PlanCategory) -> str:
        return {
            PlanCategory.NEW: self.tr("Create"),
            PlanCategory.UPDATE: self.tr("Update"),
            PlanCategory.ACTIVATE: self.tr("Activate"),
            PlanCategory.DISABLE: self.tr("Disable"),
            PlanCategory.DELETE: self.tr("Delete"),
            PlanCategory.IGNORED: self.tr("Ignore"),
        }[category]

    def _reason_text(self, entry: PlanEntry) -> str:
        if entry.reason.data.get("evidence") == "not_visible":
            return self.tr("No longer visible to the bind account (deleted, or its read rights changed)")
        texts = {
            "new_in_scope": self.tr("New in the selected OUs"),
            "deleted_in_cloud": self.tr("Deleted in the cloud, still in the directory"),
            "soft_match": self.tr("Matched an existing cloud user by user name"),
            "attributes_changed": self.tr("Attributes changed"),
            "members_changed": self.tr("Members changed"),
            "enabled_in_directory": self.tr("Enabled in the directory"),
            "disabled_in_directory": self.tr("Disabled in the directory"),
            "left_scope": self.tr("Left the selected OUs or criteria"),
            "deleted_in_directory": self.tr("Deleted in the directory"),
            "owner_protected": self.tr("The agent's owner is never disabled or deleted"),
            "out_of_scope": self.tr("Out of scope (no longer managed)"),
            "criteria_not_met": self.tr("Does not meet the sync criteria"),
            "no_username": self.tr("No user name in the directory"),
            "username_conflict": self.tr("User name used by another user"),
            "anchored_elsewhere": self.tr("The cloud user belongs to another directory object"),
            "status_sync_off": self.tr("Status sync is “Do nothing”"),
            "ad_system_object": self.tr("AD system object"),
        }
        return texts.get(entry.reason.code.value, entry.reason.code.value)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr("See what a sync would do now and untick what must not be written, then Add and Continue.")
        )
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Work out the current plan"))
        self.scope_notice.setText(
            self.tr(
                "The scope is the whole domain: no OU is selected, so every user and group the bind account can "
                "read is synced (AD system objects excepted). Choose OUs in Sync scope to narrow it."
            )
        )
        for name, tree in self.trees.items():
            tree.setHeaderLabels(
                [self.tr("Name / attribute"), self.tr("Change / old value"), self.tr("Reason / new value")]
            )
            tree.setAccessibleName(self._tab_title(name))
            if self.plan is None:
                self.tabs.setTabText(self.tabs.indexOf(tree), self._tab_title(name))
        self.summary_title.setText(self.tr("Finish writes exactly this to the cloud directory:"))
        self.summary.setAccessibleName(self.tr("Summary of what will be written"))
        self.continue_button.setText(self.tr("Add and &Continue"))
        self.continue_button.setAccessibleName(self.tr("Show a summary of the ticked changes before writing"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the list of changes"))
        self.finish_button.setText(self.tr("&Finish"))
        self.finish_button.setAccessibleName(self.tr("Write the ticked changes to the cloud directory"))
        self._word_approval()
        self.approve_button.setText(self.tr("Appro&ve"))
        self.approve_button.setAccessibleName(self.tr("Approve the stopped run"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.reject_button.setAccessibleName(self.tr("Reject the stopped run"))
        if self.plan is not None and self.stack.currentWidget() is self.summary:
            self._render_summary()
