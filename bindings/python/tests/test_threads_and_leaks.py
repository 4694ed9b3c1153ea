"""One context, many threads (the GIL is released in calls), and no leaks
over 10,000 calls."""
import threading
import time

import gwapi

BAD = (b"apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\n"
       b"spec:\n  hostnames: ['-bad-']\n  rules:\n  - matches:\n    - path: {type: Exact, "
       b"value: '/a//b'}\n")


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_threads_share_one_context(quickstart):
    ctx = gwapi.Context()
    want_good = ctx.validate(quickstart)
    want_bad = ctx.validate(BAD)
    assert want_good.ok and not want_bad.ok
    failures = []

    def worker(i):
        for n in range(200):
            data, want = (quickstart, want_good) if (i + n) % 2 else (BAD, want_bad)
            got = ctx.validate(data)
            if got != want:
                failures.append((i, n, got))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ctx.close()
    assert failures == []


def test_calls_release_the_gil():
    # While the library works on a large input in one thread, the main
    # thread keeps running: it sees the call in progress over most of the
    # call's duration (were the GIL held, at most one switch interval).
    route = (b"---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n"
             b"  name: r%d\nspec:\n  hostnames: [a.example.com]\n  rules:\n"
             b"  - matches: [{path: {type: PathPrefix, value: /%d}}]\n")
    big = b"".join(route % (i, i) for i in range(4000))
    ctx = gwapi.Context()
    state = {"in_call": False, "start": 0.0, "end": 0.0}
    result = []

    def worker():
        state["start"] = time.monotonic()
        state["in_call"] = True
        result.append(ctx.validate(big))
        state["in_call"] = False
        state["end"] = time.monotonic()

    t = threading.Thread(target=worker)
    t.start()
    seen = []
    while t.is_alive():
        if state["in_call"]:
            seen.append(time.monotonic())
    t.join()
    ctx.close()
    assert result[0].summary.objects == 4000 and result[0].ok
    call = state["end"] - state["start"]
    observed = seen[-1] - seen[0] if seen else 0.0
    assert observed > 0.5 * call, "main thread ran %.3f s of a %.3f s call" % (observed, call)


def test_close_waits_for_calls_in_flight(quickstart):
    ctx = gwapi.Context()
    started = threading.Barrier(5)
    results = []

    def worker():
        started.wait()
        for _ in range(50):
            try:
                results.append(ctx.validate(quickstart).ok)
            except ValueError:
                results.append("closed")
                return

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    started.wait()
    ctx.close()
    for t in threads:
        t.join()
    assert set(results) <= {True, "closed"}


def test_memory_stays_flat_over_10000_calls(quickstart):
    ctx = gwapi.Context()
    for _ in range(1000):  # warm-up: allocator pools, caches
        ctx.validate(BAD)
        ctx.validate(quickstart)
    before = rss_kib()
    for i in range(10000):
        res = ctx.validate(BAD if i % 2 else quickstart)
        assert res.ok == (i % 2 == 0)
    growth = rss_kib() - before
    ctx.close()
    # A leak of even 100 bytes per call would add ~1 MiB.
    assert growth < 512, "RSS grew by %d KiB over 10,000 calls" % growth
    # Contexts too: create and free 1,000.
    before = rss_kib()
    for _ in range(1000):
        gwapi.Context().close()
    assert rss_kib() - before < 512
