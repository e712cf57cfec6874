"""A bounded, seeded fuzz of the built server: broken framing, odd JSON-RPC, wrong-typed params and incremental
edits with UTF-16 ranges, checked after every batch (see fuzz_driver.py).

INTERVIEW_FUZZ_SEED and INTERVIEW_FUZZ_CASES override the seed and the number of cases.
"""

import time
from pathlib import Path

from fuzz_driver import BATCH, CASES, SEED, Fuzzer


def test_the_server_survives_fuzzing_and_keeps_edited_text_exact(tmp_path: Path, capsys):
    fuzzer = Fuzzer(tmp_path)
    started = time.monotonic()
    try:
        baseline = fuzzer.start()
        done = 0
        while done < CASES:
            size = min(BATCH, CASES - done)
            fuzzer.run_batch(size, baseline)
            done += size
            fuzzer.batch += 1
    finally:
        fuzzer.client.close()
        fuzzer.log_file.close()
    with capsys.disabled():
        print(f"\nfuzz: seed {SEED}, {CASES} cases in {fuzzer.batch} batches, {time.monotonic() - started:.1f} s")
