"""Settings page Sync scope: which OUs, object types and users a sync reads.

The OU tree is read live and lazily, one level at a time (:meth:`app.admin.DirectoryProbe.ou_children`): the
base DN and the OUs directly below it first, then each branch's children the first time it opens (a
placeholder child gives every unread branch its arrow), so a big directory costs one small search per opened
branch. Branches load in tasks of their own, so opening several at once, or counting meanwhile, cancels
nothing; Reload cancels them all. Chosen OUs stay ticked wherever they appear; object types;
a custom LDAP query checked as typed (RFC 4515, :func:`app.admin.validate_filter`) with a live
count of the users it leaves in scope; and the list of chosen OUs to edit or remove.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin import OuNode, validate_filter
from app.errors import IdentityConnectError
from app.ldap.errors import BaseDnNotFoundError
from app.sync.settings import ObjectType, SyncScope, SyncSettings, SystemObjectType
from ui.errors import describe
from ui.settings.base import PageMessage, SettingsContext, SettingsPage


class ScopePage(SettingsPage):
    page_id = "scope"
    affects_sync = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopePage")
        self._saved: SyncScope | None = None
        self._saved_system: list[SystemObjectType] = []
        self._items: dict[str, QTreeWidgetItem] = {}  # lower-case DN → item, for every item read so far
        self._read: set[str] = set()  # lower-case DNs whose children are in the tree
        self._branch_tasks: dict[str, asyncio.Task[None]] = {}  # lower-case DN → its children being read
        self._chosen: list[str] = []
        self._count_task: asyncio.Task[None] | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("ouTree")
        self.tree.setHeaderHidden(True)
        self.tree_status = QLabel(self)
        self.tree_status.setObjectName("ouTreeStatus")
        self.reload_tree_button = QPushButton(self)
        self.reload_tree_button.setObjectName("reloadTreeButton")
        self.chosen_list = QListWidget(self)
        self.chosen_list.setObjectName("chosenOus")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeOuButton")
        self.types_box = QGroupBox(self)
        self.type_boxes: dict[ObjectType, QCheckBox] = {}
        types_layout = QHBoxLayout(self.types_box)
        for kind in ObjectType:
            box = QCheckBox(self.types_box)
            box.setObjectName(f"type_{kind.value}")
            box.toggled.connect(self._changed)
            self.type_boxes[kind] = box
            types_layout.addWidget(box)
        types_layout.addStretch(1)
        # AD's built-in accounts and groups stay out of the sync unless chosen here, per type.
        self.system_box = QGroupBox(self)
        self.system_box.setObjectName("systemObjects")
        self.system_boxes: dict[SystemObjectType, QCheckBox] = {}
        system_layout = QVBoxLayout(self.system_box)
        for system in SystemObjectType:
            box = QCheckBox(self.system_box)
            box.setObjectName(f"system_{system.value}")
            box.toggled.connect(self._changed)
            self.system_boxes[system] = box
            system_layout.addWidget(box)
        self.filter_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("customFilter")
        self.filter_label.setBuddy(self.filter_edit)
        self.filter_status = QLabel(self)
        self.filter_status.setObjectName("filterStatus")
        self.filter_status.setWordWrap(True)
        self.count_button = QPushButton(self)
        self.count_button.setObjectName("countButton")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("inScopeCount")
        self.message = PageMessage(self, "scopeMessage")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_caption = QLabel(left)
        left_layout.addWidget(self.tree_caption)
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.tree_status, 1)
        row.addWidget(self.reload_tree_button)
        left_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.chosen_caption = QLabel(right)
        right_layout.addWidget(self.chosen_caption)
        right_layout.addWidget(self.chosen_list, 1)
        right_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_button)
        count_row.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.types_box)
        layout.addWidget(self.system_box)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.filter_status)
        layout.addLayout(count_row)
        layout.addWidget(self.message)

        self.tree.itemExpanded.connect(self._expand)
        self.tree.itemChanged.connect(self._item_changed)
        self.remove_button.clicked.connect(self._remove_selected)
        self.chosen_list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen_list.selectedItems()))
        )
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_button.clicked.connect(lambda: self.run_task(self.count_in_scope()))
        self.reload_tree_button.clicked.connect(lambda: self.run_task(self.load_tree()))
        self.remove_button.setEnabled(False)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Sync scope")

    # ---- load ----
    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        scope = context.config.sync.scope
        self._saved = scope
        self._chosen = list(scope.ous)
        for kind, box in self.type_boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in scope.object_types)
            box.blockSignals(False)
        self._saved_system = list(context.config.sync.include_system_objects)
        for system, box in self.system_boxes.items():
            box.blockSignals(True)
            box.setChecked(system in self._saved_system)
            box.blockSignals(False)
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(scope.custom_filter or "")
        self.filter_edit.blockSignals(False)
        self._filter_changed()
        self._render_chosen()
        await self.load_tree()

    async def load_tree(self) -> None:
        """Read the base DN and the OUs directly below it; deeper branches are read when opened."""
        assert self.context is not None
        self._cancel_branch_reads()
        self.tree_status.setText(self.tr("Reading the OU tree…"))
        self.reload_tree_button.setEnabled(False)
        try:
            level = await self.context.probe().top_level()
        except IdentityConnectError as exc:
            self.tree_status.setText("")
            self.message.show_error(exc)
            return
        finally:
            self.reload_tree_button.setEnabled(True)
        self.message.show_error(None)
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items.clear()
        self._read.clear()
        top = self._make_item(level.base_dn, level.base_dn, None)
        self._fill(top, level.children)
        self.tree.addTopLevelItem(top)
        self.tree.blockSignals(False)
        top.setExpanded(True)
        self.tree_status.setText(
            self.tr("%n OU(s) directly below the base DN; open one to read what is below it.", "", len(level.children))
        )

    def _make_item(self, dn: str, name: str, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        """A checkable item for one OU, with a placeholder child until its children are read."""
        item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem()
        item.setText(0, name)
        item.setToolTip(0, dn)
        item.setData(0, Qt.ItemDataRole.UserRole, dn)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        chosen = {c.lower() for c in self._chosen}
        item.setCheckState(0, Qt.CheckState.Checked if dn.lower() in chosen else Qt.CheckState.Unchecked)
        placeholder = QTreeWidgetItem(item)
        placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # no DN, not checkable: never part of the scope
        self._items[dn.lower()] = item
        return item

    def _fill(self, item: QTreeWidgetItem, children: list[OuNode]) -> None:
        """Replace ``item``'s placeholder by its children as read from the directory."""
        self.tree.blockSignals(True)
        item.takeChildren()
        for node in children:
            self._make_item(node.dn, node.name, item)
        if not children:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)
        self._read.add(str(item.data(0, Qt.ItemDataRole.UserRole)).lower())
        self.tree.blockSignals(False)

    def _expand(self, item: QTreeWidgetItem) -> None:
        """A branch opened: read its children the first time (in a task of its own)."""
        dn = item.data(0, Qt.ItemDataRole.UserRole)
        if dn is None:
            return
        key = str(dn).lower()
        if key in self._read or key in self._branch_tasks:
            return
        placeholder = item.child(0)
        if placeholder is not None:
            placeholder.setText(0, self.tr("Reading…"))
        self._branch_tasks[key] = asyncio.ensure_future(self.load_children(item))

    async def load_children(self, item: QTreeWidgetItem) -> None:
        """Read the OUs directly below ``item`` and show them; on failure say why and let a re-open retry."""
        assert self.context is not None
        dn = str(item.data(0, Qt.ItemDataRole.UserRole))
        key = dn.lower()
        try:
            children = await self.context.probe().ou_children(dn)
        except IdentityConnectError as exc:
            if isinstance(exc, BaseDnNotFoundError):
                # Said about this OU, not in the words for a wrong domain that the code has elsewhere.
                self.message.show_note(
                    lambda: self.tr(
                        "%1 is no longer in the directory. Reload the tree to see the current OUs."
                    ).replace("%1", dn)
                )
            else:
                self.message.show_error(exc)
            placeholder = item.child(0)
            if placeholder is not None:
                placeholder.setText(0, "")
            item.setExpanded(False)
            return
        finally:
            if self._branch_tasks.get(key) is asyncio.current_task():
                del self._branch_tasks[key]
        self.message.show_error(None)
        self._fill(item, children)

    def _cancel_branch_reads(self) -> None:
        tasks, self._branch_tasks = self._branch_tasks, {}
        for task in tasks.values():
            task.cancel()

    def branch_reads(self) -> list[asyncio.Task[None]]:
        """The branch reads under way (tests await them)."""
        return list(self._branch_tasks.values())

    def expand_to(self, dn: str) -> QTreeWidgetItem | None:
        """Open the branches down to ``dn`` and return its item, or None while a branch on the way is still
        being read (opening it started the read; call again once :meth:`branch_reads` are done)."""
        if not self.tree.topLevelItemCount():
            return None
        item = self.tree.topLevelItem(0)
        while item is not None:
            if str(item.data(0, Qt.ItemDataRole.UserRole)).lower() == dn.lower():
                return item
            item.setExpanded(True)
            nxt = None
            for index in range(item.childCount()):
                child = item.child(index)
                if child is None:
                    continue
                child_dn = str(child.data(0, Qt.ItemDataRole.UserRole)).lower()
                if dn.lower().endswith("," + child_dn) or dn.lower() == child_dn:
                    nxt = child
                    break
            item = nxt
        return None

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) is None:
            return  # a placeholder's text changed
        dn = str(item.data(0, Qt.ItemDataRole.UserRole))
        checked = item.checkState(0) == Qt.CheckState.Checked
        lowered = [c.lower() for c in self._chosen]
        if checked and dn.lower() not in lowered:
            self._chosen.append(dn)
        elif not checked and dn.lower() in lowered:
            del self._chosen[lowered.index(dn.lower())]
        self._render_chosen()
        self._changed()

    def _render_chosen(self) -> None:
        self.chosen_list.clear()
        for dn in self._chosen:
            self.chosen_list.addItem(dn)

    def _remove_selected(self) -> None:
        for entry in self.chosen_list.selectedItems():
            dn = entry.text()
            self._chosen = [c for c in self._chosen if c.lower() != dn.lower()]
            item = self._items.get(dn.lower())
            if item is not None:
                self.tree.blockSignals(True)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self.tree.blockSignals(False)
        self._render_chosen()
        self._changed()

    # ---- filter and count ----
    def _filter_changed(self) -> None:
        text = self.filter_edit.text().strip()
        if not text:
            self.filter_status.setText(self.tr("No custom query: every user in the chosen OUs is in scope."))
            self.filter_status.setStyleSheet("")
        else:
            try:
                validate_filter(text if text.startswith("(") else f"({text})")
            except IdentityConnectError as exc:
                self.filter_status.setText(describe(exc.code, exc.details).text)
                self.filter_status.setStyleSheet("color: #b00020;")
            else:
                self.filter_status.setText(self.tr("Valid LDAP query."))
                self.filter_status.setStyleSheet("color: #1e7d32;")
        self._changed()

    async def count_in_scope(self) -> int | None:
        """Count the users the current OUs and query leave in scope (reads the directory)."""
        assert self.context is not None
        try:
            scope = self.scope()
        except ValueError:
            self.count_label.setText(self.tr("Fix the query first."))
            return None
        self.count_button.setEnabled(False)
        self.count_label.setText(self.tr("Counting…"))
        try:
            count = await self.context.probe().count_users(scope.ous, scope.custom_filter)
        except IdentityConnectError as exc:
            self.count_label.setText(describe(exc.code, exc.details).text)
            return None
        finally:
            self.count_button.setEnabled(True)
        self.count_label.setText(self.tr("%n user(s) in scope.", "", count))
        return count

    # ---- values ----
    def scope(self) -> SyncScope:
        types = [kind for kind, box in self.type_boxes.items() if box.isChecked()]
        return SyncScope(ous=list(self._chosen), object_types=types, custom_filter=self.filter_edit.text() or None)

    def system_objects(self) -> list[SystemObjectType]:
        """The AD system object types the admin chose to sync (none by default)."""
        return [system for system, box in self.system_boxes.items() if box.isChecked()]

    def has_changes(self) -> bool:
        if self._saved is None:
            return False
        if set(self.system_objects()) != set(self._saved_system):
            return True
        try:
            return self.scope() != self._saved
        except ValueError:
            return True

    def proposed_sync(self, current: SyncSettings) -> SyncSettings:
        proposed = {"scope": self.scope().model_dump(), "include_system_objects": self.system_objects()}
        return SyncSettings.model_validate({**current.model_dump(), **proposed})

    def _changed(self) -> None:
        self.sig_changed.emit()

    def retranslate_ui(self) -> None:
        self.tree_caption.setText(self.tr("Organisational units (tick the ones to sync, with everything below):"))
        self.tree.setAccessibleName(self.tr("OU tree"))
        self.reload_tree_button.setText(self.tr("Re&load"))
        self.reload_tree_button.setAccessibleName(self.tr("Read the OU tree again"))
        self.chosen_caption.setText(self.tr("Chosen OUs:"))
        self.chosen_list.setAccessibleName(self.tr("Chosen OUs"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected OU from the scope"))
        self.types_box.setTitle(self.tr("Object types"))
        self.type_boxes[ObjectType.USERS].setText(self.tr("&Users"))
        self.type_boxes[ObjectType.GROUPS].setText(self.tr("&Groups"))
        self.type_boxes[ObjectType.SECURITY_GROUPS].setText(self.tr("Security &groups"))
        self.system_box.setTitle(self.tr("AD system objects (left out unless chosen)"))
        self.system_boxes[SystemObjectType.USERS].setText(
            self.tr("Sync AD's built-in &accounts (Administrator, Guest, krbtgt, …)")
        )
        self.system_boxes[SystemObjectType.GROUPS].setText(
            self.tr("Sync AD's built-in gr&oups (Domain Admins, Administrators, Domain Users, …)")
        )
        self.filter_label.setText(self.tr("Custom LDAP &query (optional, combined with the OUs):"))
        self.filter_edit.setPlaceholderText("(department=Sales)")
        self.filter_edit.setAccessibleName(self.tr("Custom LDAP query"))
        self.count_button.setText(self.tr("&Count users in scope"))
        self.count_button.setAccessibleName(self.tr("Count the users in scope now"))
        for key in self._branch_tasks:
            item = self._items.get(key)
            placeholder = item.child(0) if item is not None else None
            if placeholder is not None:
                placeholder.setText(0, self.tr("Reading…"))
