"""From the data of a content file to Wagtail's raw block data, checked as the page editor
checks it, and a translation's blocks paired with its source's (see courses.py)."""

import uuid

from django.core.exceptions import ValidationError
from wagtail import blocks

from . import files
from .files import DemoContentError

# Blocks whose words a translation changes; every other value (right answers, numbers, levels,
# kinds) must be the same in every language.
WORDS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock)


def _raw(block, value, where: str):
    """Raw block data for ``value`` as the file gives it (Markdown for rich text)."""
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(value, list):
            raise DemoContentError(f"{where}: expected a list of blocks.")
        raw = []
        for number, child in enumerate(value, start=1):
            child_type, child_value = _one_block(child, f"{where}, block {number}")
            raw.append(
                {
                    "type": child_type,
                    "value": _raw(
                        _child(block, child_type, f"{where}, block {number}"),
                        child_value,
                        f"{where}, block {number} ({child_type})",
                    ),
                    "id": str(uuid.uuid4()),
                }
            )
        return raw
    if isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise DemoContentError(f"{where}: expected a list ('- ' before each item).")
        return [
            {
                "type": "item",
                "value": _raw(block.child_block, item, f"{where}, item {number}"),
                "id": str(uuid.uuid4()),
            }
            for number, item in enumerate(value, start=1)
        ]
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            raise DemoContentError(f"{where}: expected 'name: value' lines.")
        unknown = sorted(set(value) - set(block.child_blocks))
        if unknown:
            raise DemoContentError(
                f"{where}: unknown field {', '.join(unknown)}; this block takes "
                f"{', '.join(block.child_blocks)}."
            )
        return {
            name: _raw(child, value[name], f"{where}, {name}") if name in value else _empty(child)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return files.markdown_html(str(value))
    if isinstance(block, blocks.DecimalBlock) and value is not None:
        return str(value)
    return value


def _empty(block):
    """What the page editor stores for a field left empty (Wagtail's own default is None)."""
    if isinstance(block, blocks.BooleanBlock):
        return bool(block.get_default())
    if isinstance(block, WORDS):
        return block.get_default() or ""
    return block.get_prep_value(block.get_default())


def _one_block(child, where: str) -> tuple:
    if isinstance(child, tuple):  # a block of a module file
        return child
    if isinstance(child, dict) and len(child) == 1:  # a block inside a fenced block's YAML
        return next(iter(child.items()))
    raise DemoContentError(f"{where}: give each block as 'type:' followed by its fields.")


def _child(block: blocks.StreamBlock, child_type: str, where: str):
    if child_type not in block.child_blocks:
        raise DemoContentError(
            f"{where}: no block type '{child_type}'; use one of {', '.join(block.child_blocks)}."
        )
    return block.child_blocks[child_type]


def _error_text(error) -> str:
    """Every message of a block validation error, with the field or item it is about."""
    parts = list(getattr(error, "non_block_errors", None) or [])
    parts = [message for item in parts for message in getattr(item, "messages", [str(item)])]
    for name, child in (getattr(error, "block_errors", None) or {}).items():
        label = f"item {name + 1}" if isinstance(name, int) else name
        parts.append(f"{label}: {_error_text(child)}")
    if not parts:
        parts = list(getattr(error, "messages", [str(error)]))
    return "; ".join(parts)


def stream_data(stream_block: blocks.StreamBlock, blocks_given: list, where: str) -> list:
    """The raw data of a whole stream, checked as the page editor checks it."""
    value = stream_block.to_python(_raw(stream_block, blocks_given, where))
    for number, child in enumerate(value, start=1):
        try:
            child.block.clean(child.value)
        except ValidationError as error:
            raise DemoContentError(
                f"{where}, block {number} ({child.block_type}): {_error_text(error)}"
            ) from error
    return stream_block.get_prep_value(value)


def ids_paired(block, source, translation, where: str) -> None:
    """Gives ``translation`` the block ids of ``source``, checking they are the same blocks."""
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        if len(source) != len(translation):
            raise DemoContentError(
                f"{where}: {len(translation)} blocks or items where the source has {len(source)}."
            )
        for number, (ours, theirs) in enumerate(zip(source, translation, strict=True), start=1):
            kind = "block" if isinstance(block, blocks.StreamBlock) else "item"
            place = f"{where}, {kind} {number}"
            if ours["type"] != theirs["type"]:
                raise DemoContentError(
                    f"{place}: a {theirs['type']} block where the source has {ours['type']}."
                )
            theirs["id"] = ours["id"]
            child = (
                block.child_blocks[ours["type"]]
                if isinstance(block, blocks.StreamBlock)
                else block.child_block
            )
            ids_paired(child, ours["value"], theirs["value"], f"{place} ({ours['type']})")
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            ids_paired(child, source.get(name), translation.get(name), f"{where}, {name}")
    elif not isinstance(block, WORDS) and block.to_python(source) != block.to_python(translation):
        raise DemoContentError(
            f"{where}: {translation!r} where the source has {source!r}; a translation changes "
            "the words only."
        )
