"""Review: the current plan in its categories, whom to add, Apply; approve or reject a run stopped at the threshold.

"Preview" asks the running service for the plan a run would carry out now (nothing is written). Its entries
are shown in tabs — new users, users to update, marked for activation / disable (and deletion), ignored —
each with its reason and, below it, the attribute changes (old → new). New users carry a checkbox: only the
ticked ones are created when the admin chooses Apply (``bridge.apply_reviewed``). When a run has stopped at
the safety threshold, Approve and Reject settle it (``bridge.approve`` / ``bridge.reject``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import IdentityConnectError
from app.service.events import AgentState, AgentStatus
from app.sync.model import ObjectKind, Plan, PlanCategory, PlanEntry
from ui.settings.base import PageMessage, SettingsContext, SettingsPage

#: Tabs: name, the object kind shown (None: users and groups), the categories shown.
TABS: tuple[tuple[str, ObjectKind | None, tuple[PlanCategory, ...]], ...] = (
    ("new", ObjectKind.USER, (PlanCategory.NEW,)),
    ("update", ObjectKind.USER, (PlanCategory.UPDATE,)),
    ("status", ObjectKind.USER, (PlanCategory.ACTIVATE, PlanCategory.DISABLE, PlanCategory.DELETE)),
    ("groups", ObjectKind.GROUP, tuple(c for c in PlanCategory if c is not PlanCategory.IGNORED)),
    ("ignored", None, (PlanCategory.IGNORED,)),
)


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
        self.pending_run_id: str | None = None
        self.awaiting_approval = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewButton")
        self.tabs = QTabWidget(self)
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
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
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
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(approval_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.preview_button.clicked.connect(lambda: self.run_task(self.preview()))
        self.apply_button.clicked.connect(lambda: self.run_task(self.apply()))
        self.approve_button.clicked.connect(lambda: self.run_task(self.settle(approve=True)))
        self.reject_button.clicked.connect(lambda: self.run_task(self.settle(approve=False)))
        self.retranslate_ui()
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
        for widget in (self.approval, self.approve_button, self.reject_button):
            widget.setVisible(waiting)

    # ---- plan ----
    async def preview(self) -> Plan | None:
        assert self.context is not None
        self.preview_button.setEnabled(False)
        self.message.show_note(self.tr("Working out the plan…"))
        try:
            plan = await self.context.bridge.preview()
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return None
        finally:
            self.preview_button.setEnabled(True)
        self.set_plan(plan)
        self.message.show_note("")
        return plan

    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        for name, kind, categories in TABS:
            tree = self.trees[name]
            tree.clear()
            entries = [e for e in plan.entries if e.category in categories and kind in (None, e.kind)]
            for entry in entries:
                tree.addTopLevelItem(self._entry_item(entry, selectable=name == "new"))
            self.tabs.setTabText(self.tabs.indexOf(tree), f"{self._tab_title(name)} ({len(entries)})")
        self.apply_button.setEnabled(bool(plan.actionable))

    def _entry_item(self, entry: PlanEntry, *, selectable: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.display_name, self._category_text(entry.category), self._reason_text(entry)])
        item.setData(0, Qt.ItemDataRole.UserRole, entry.anchor)
        item.setToolTip(0, entry.dn or entry.anchor)
        if selectable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
        for change in entry.diff:
            QTreeWidgetItem(item, [change.path, _value(change.old), "→ " + _value(change.new)])
        return item

    def new_user_items(self) -> list[QTreeWidgetItem]:
        tree = self.trees["new"]
        return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]

    def selected_anchors(self) -> set[str]:
        """Everything in the plan, except new users whose box is not ticked."""
        if self.plan is None:
            return set()
        unticked = {
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self.new_user_items()
            if item.checkState(0) != Qt.CheckState.Checked
        }
        return {e.anchor for e in self.plan.actionable} - unticked

    async def apply(self) -> bool:
        assert self.context is not None
        if self.plan is None:
            return False
        self.apply_button.setEnabled(False)
        try:
            run_id = self.pending_run_id or ""
            await self.context.bridge.apply_reviewed(run_id, self.selected_anchors())
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            self.apply_button.setEnabled(True)
            return False
        self.message.show_note(self.tr("Applied. The run's results are in the status window."))
        self.plan = None
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
        }
        return texts.get(entry.reason.code.value, entry.reason.code.value)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("See what a sync would do now, choose whom to add, then Apply."))
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Work out the current plan"))
        for name, tree in self.trees.items():
            tree.setHeaderLabels(
                [self.tr("Name / attribute"), self.tr("Change / old value"), self.tr("Reason / new value")]
            )
            tree.setAccessibleName(self._tab_title(name))
            if self.plan is None:
                self.tabs.setTabText(self.tabs.indexOf(tree), self._tab_title(name))
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the plan for the selected users"))
        self.approval.setText(
            self.tr("A sync stopped before disabling or deleting more users than the safety threshold allows.")
        )
        self.approve_button.setText(self.tr("Appro&ve"))
        self.approve_button.setAccessibleName(self.tr("Approve the stopped run"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.reject_button.setAccessibleName(self.tr("Reject the stopped run"))
