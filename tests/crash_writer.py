"""A process that saves checklist changes in a tight loop, for the SIGKILL test.

Usage: python tests/crash_writer.py PROGRESS_FILE
Prints "N" after save N has returned. The file's "crash/counter" revision is N.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from privacy_gui.core.progress import ItemRecord, ItemState, ProgressStore


def main() -> int:
    store = ProgressStore(Path(sys.argv[1]))
    store.load()
    if store.notices:
        print("NOTICE " + " ".join(store.notices), flush=True)
        return 3
    record = store.items.get("crash/counter")
    start = record.revision if record else 0
    bulk = ItemRecord(ItemState.SKIPPED, dt.datetime.now(dt.timezone.utc), 1, "bulk")
    for index in range(200):  # some bulk, so a write takes a little while
        store.items.setdefault(f"bulk/item-{index}", bulk)
    counter = start
    while True:
        counter += 1
        store.set_state("crash/counter", ItemState.DONE, counter, str(counter))
        print(counter, flush=True)


if __name__ == "__main__":
    sys.exit(main())
