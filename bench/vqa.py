"""VQA generation throughput.

1. Template backend: items/s on synthetic report texts, against its peer in the same run: the
   validation pass over the same items (the work every backend's output goes through).
2. Server backend: requests in flight vs throughput against a local fake chat server with a fixed
   per-request latency; the ratio is against max_in_flight=1 measured in the same run.

    PYTHONPATH=$PWD python bench/vqa.py [--images 400] [--latency-ms 50] [--requests 48]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "curation" / "vqa"))

from fake_chat_server import FakeChatServer

from curation.vqa.protocol import GroundingHint, VqaRequest
from curation.vqa.server import ChatClient, ServerConfig, VllmServerGenerator
from curation.vqa.template import TemplateGenerator
from curation.vqa.validate import validate_results

SENTENCES = [
    "Im rechten Lungenunterlappen ein Rundherd von {n} mm.", "Keine Zyste in der Leber.",
    "Leberzyste von {n} mm im Segment 7.", "Kein Pleuraerguss.", "Milz unauffällig.",
    "Raumforderung im Pankreaskopf, {n} x {m} mm.", "Kein Pneumothorax.", "Nierenstein links, {n} mm.",
    "A {n} mm nodule in the left upper lobe.", "No pleural effusion.", "The liver is unremarkable.",
]


BOX = "<loc0010><loc0020><loc0200><loc0300>"


def make_requests(n: int, seed: int = 0) -> list[VqaRequest]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(s.format(n=rng.randint(3, 40), m=rng.randint(3, 40)) for s in rng.sample(SENTENCES, 5))
        out.append(VqaRequest(f"P{i:06d}", f"R{i:06d}", text, "de", caption=text.split(".")[0] + ".",
                              modality=rng.choice(["CT", "MR"]), plane="axial", window="soft_tissue",
                              series_description=rng.choice(["Abdomen portalvenös", "Thorax nativ", "T2 tra"]),
                              grounding=(GroundingHint("liver", "Leber", "de", BOX),)))
    return out


def bench_template(images: int) -> None:
    requests = make_requests(images)
    t0 = time.perf_counter()
    results = TemplateGenerator().generate(requests)
    t_gen = time.perf_counter() - t0
    items = sum(len(r.items) for r in results)
    t0 = time.perf_counter()
    report = validate_results(requests, results)
    t_val = time.perf_counter() - t0
    kept = sum(len(v) for v in report.kept.values())
    print(f"template: {images} images, {items} items in {t_gen:.3f} s = {items / t_gen:,.0f} items/s "
          f"({images / t_gen:,.0f} images/s)")
    print(f"validation peer: {items} items in {t_val:.3f} s = {items / t_val:,.0f} items/s; "
          f"generate/validate speed ratio {t_val / t_gen:.2f}; kept {kept}, rejected {dict(report.rejected)}")


def bench_server(n_requests: int, latency_ms: float) -> None:
    requests = make_requests(n_requests, seed=1)
    requests = [VqaRequest(r.image_ref, r.report_id, r.report_text, "de", modality="CT", plane="axial",
                           langs=("de",)) for r in requests]
    base = None
    print(f"server: {n_requests} requests, fixed latency {latency_ms:.0f} ms per request")
    for in_flight in (1, 2, 4, 8, 16):
        with FakeChatServer(latency_s=latency_ms / 1000) as server, \
                ChatClient(ServerConfig(base_url=server.base_url, model="bench", max_in_flight=in_flight,
                                        timeout_s=30)) as client:
            t0 = time.perf_counter()
            results = VllmServerGenerator(client).generate(requests)
            dt = time.perf_counter() - t0
        assert all(r.error is None for r in results)
        rate = n_requests / dt
        base = base or rate
        print(f"  max_in_flight={in_flight:2d}: {rate:7.1f} req/s  (x{rate / base:.2f} vs 1 in flight; "
              f"server saw at most {server.max_in_flight} concurrent)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=400)
    parser.add_argument("--requests", type=int, default=48)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    args = parser.parse_args()
    bench_template(args.images)
    bench_server(args.requests, args.latency_ms)


if __name__ == "__main__":
    main()
