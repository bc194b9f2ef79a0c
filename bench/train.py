"""Steps/s of a CT model config on a synthetic batch, against torchvision's r3d_18 on the same volumes.

    PYTHONPATH=. python bench/train.py --config tiny --steps 10 [--device cuda] [--batch 8]

A step is the full training step of ct_clip_job (SigLIP + disease prompts + depth head, one image pass,
AdamW). The peer is a train step of torchvision's 3D ResNet-18 (video classification model, 18-way head,
single-channel input repeated to 3) on the same batch, so the ratio says how heavy our encoder is
relative to a well-known 3D backbone on this machine. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import time

import torch
import torch.nn.functional as F

from training.config import load_config
from training.models import CTClipModel, siglip_loss
from training.prompts import prompt_pairs

TEXTS = ["Solider Rundherd im rechten Oberlappen, ca. 8 mm. Kein Erguss.",
         "Hypodense Leberläsion in Segment 7, ca. 12 mm.", "Simple cyst of the left kidney, 14 mm.",
         "Kein Infiltrat. Kein Erguss. Herz nicht vergrößert."]


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def _timed(step, steps: int, warmup: int, device: str) -> float:
    for _ in range(warmup):
        step()
    _sync(device)
    started = time.perf_counter()
    for _ in range(steps):
        step()
    _sync(device)
    return steps / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="tiny")
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--batch", type=int, default=0, help="0: the config's batch size")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    config = load_config(args.config)
    batch = args.batch or config.batch_size
    torch.manual_seed(0)
    volumes = torch.rand(batch, 1, config.crop[2], config.crop[0], config.crop[1], device=args.device)
    texts = [TEXTS[i % len(TEXTS)] for i in range(batch)]
    labels = torch.randint(0, 2, (batch, len(prompt_pairs()[0])), device=args.device).float()
    cells = torch.randint(0, config.n_cells, (batch,), device=args.device)
    model = CTClipModel(config).to(args.device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr)
    positive, negative = prompt_pairs()

    def ours() -> None:
        image, cell_embeddings = model.image(volumes)
        loss = siglip_loss(image, model.text(texts), model.log_t, model.bias)
        loss = loss + F.binary_cross_entropy_with_logits(model.prompt_logits(image, positive, negative), labels)
        loss = loss + F.cross_entropy(model.depth_logits(cell_embeddings, texts), cells)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    result = {"config": config.name, "device": args.device, "batch": batch, "crop": list(config.crop),
              "params_m": round(sum(p.numel() for p in model.parameters()) / 1e6, 2),
              "steps_per_s": round(_timed(ours, args.steps, args.warmup, args.device), 3)}
    if not args.no_peer:
        peer_name, peer = _r3d_18()
        peer = peer.to(args.device)
        peer_opt = torch.optim.AdamW(peer.parameters(), lr=config.lr)
        rgb = volumes.expand(-1, 3, -1, -1, -1)
        target = torch.randint(0, 18, (batch,), device=args.device)

        def theirs() -> None:
            loss = F.cross_entropy(peer(rgb), target)
            peer_opt.zero_grad(set_to_none=True)
            loss.backward()
            peer_opt.step()

        result["peer"] = peer_name
        result["peer_steps_per_s"] = round(_timed(theirs, args.steps, args.warmup, args.device), 3)
        result["ratio_vs_peer"] = round(result["steps_per_s"] / result["peer_steps_per_s"], 2)
    print(json.dumps(result))


def _r3d_18() -> tuple[str, torch.nn.Module]:
    """torchvision's R3D-18; where torchvision cannot load beside this torch (PyPI's CUDA torchvision next
    to the CPU torch: "torchvision::nms does not exist"), the same architecture in plain torch."""
    try:
        from torchvision.models.video import r3d_18

        return "torchvision r3d_18", r3d_18(num_classes=18)
    except (ImportError, RuntimeError):
        return "R3D-18 (torchvision's architecture, plain torch)", _plain_r3d_18(num_classes=18)


def _plain_r3d_18(num_classes: int) -> torch.nn.Module:
    """VideoResNet with BasicBlock/Conv3DSimple, layers [2, 2, 2, 2] and the basic stem: torchvision's r3d_18."""
    from torch import nn

    class Block(nn.Module):
        def __init__(self, cin: int, cout: int, stride: int) -> None:
            super().__init__()
            self.body = nn.Sequential(
                nn.Conv3d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm3d(cout), nn.ReLU(inplace=True),
                nn.Conv3d(cout, cout, 3, 1, 1, bias=False), nn.BatchNorm3d(cout))
            self.skip = (nn.Sequential(nn.Conv3d(cin, cout, 1, stride, bias=False), nn.BatchNorm3d(cout))
                         if stride != 1 or cin != cout else nn.Identity())

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.relu(self.body(x) + self.skip(x))

    layers: list[nn.Module] = [nn.Conv3d(3, 64, (3, 7, 7), (1, 2, 2), (1, 3, 3), bias=False),
                               nn.BatchNorm3d(64), nn.ReLU(inplace=True)]
    cin = 64
    for cout, stride in ((64, 1), (128, 2), (256, 2), (512, 2)):
        layers += [Block(cin, cout, stride), Block(cout, cout, 1)]
        cin = cout
    layers += [nn.AdaptiveAvgPool3d(1), nn.Flatten(), nn.Linear(512, num_classes)]
    return nn.Sequential(*layers)


if __name__ == "__main__":
    main()
