"""The CT vision-language model: 3D CNN image encoder, hashed-token text encoder, three heads.

- SigLIP sigmoid pairwise loss on normalised embeddings, logits = cos * exp(t) + b, t and b learnable
  (init log 10 and -10), as RadFinder.
- Disease prompts: per finding, similarity to its positive minus its negative prompt, trained with BCE.
- Snippet localisation: the image feature map pooled per depth cell, projected into the shared space;
  the snippet embedding scores each cell and cross-entropy picks the referenced one.
The text encoder hashes words and their character trigrams (crc32, stable across processes) into one
embedding table, so it needs no vocabulary file and reads German and English alike.
"""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache

import torch
import torch.nn.functional as F
from torch import nn

from training.config import CTClipConfig

WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def hash_tokens(text: str, buckets: int, max_tokens: int) -> tuple[tuple[int, ...], ...]:
    """Per word: its own bucket and its character-trigram buckets (ids 1..buckets; 0 is padding)."""
    words = WORD.findall(text.lower())[:max_tokens] or ["<empty>"]
    out = []
    for word in words:
        padded = f"#{word}#"
        grams = [f"w:{word}"] + [f"c:{padded[i:i + 3]}" for i in range(max(1, len(padded) - 2))]
        out.append(tuple(1 + zlib.crc32(g.encode()) % buckets for g in grams))
    return tuple(out)


class TextEncoder(nn.Module):
    """Words as bags of hashed ids -> optional transformer layers -> mean pool -> projection."""

    def __init__(self, config: CTClipConfig) -> None:
        super().__init__()
        self.config = config
        self.bag = nn.EmbeddingBag(config.text_buckets + 1, config.text_dim, mode="mean", padding_idx=0)
        self.position = nn.Embedding(config.text_max_tokens, config.text_dim)
        self.layers = None
        if config.text_layers:
            layer = nn.TransformerEncoderLayer(config.text_dim, nhead=max(1, config.text_dim // 64),
                                               dim_feedforward=4 * config.text_dim, batch_first=True,
                                               norm_first=True, dropout=0.0)
            self.layers = nn.TransformerEncoder(layer, config.text_layers, enable_nested_tensor=False)
        self.norm = nn.LayerNorm(config.text_dim)
        self.proj = nn.Linear(config.text_dim, config.proj_dim)

    def forward(self, texts: list[str]) -> torch.Tensor:
        c = self.config
        device = self.proj.weight.device
        tokenized = [hash_tokens(t, c.text_buckets, c.text_max_tokens) for t in texts]
        flat = [i for words in tokenized for w in words for i in w]
        offsets, n = [], 0
        for words in tokenized:
            for w in words:
                offsets.append(n)
                n += len(w)
        word_vectors = self.bag(torch.tensor(flat, device=device), torch.tensor(offsets, device=device))
        lengths = [len(w) for w in tokenized]
        longest = max(lengths)
        padded = torch.zeros(len(texts), longest, c.text_dim, device=device)
        mask = torch.zeros(len(texts), longest, dtype=torch.bool, device=device)
        start = 0
        for row, length in enumerate(lengths):
            padded[row, :length] = word_vectors[start:start + length]
            mask[row, :length] = True
            start += length
        hidden = padded + self.position(torch.arange(longest, device=device))[None]
        if self.layers is not None:
            hidden = self.layers(hidden, src_key_padding_mask=~mask)
        weights = mask.unsqueeze(-1).float()
        pooled = (hidden * weights).sum(1) / weights.sum(1)
        return self.proj(self.norm(pooled))


def _groups(channels: int) -> int:
    return math.gcd(channels, 8)


class ImageEncoder3D(nn.Module):
    """Strided 3D conv stages; depth is halved only while it stays >= the number of depth cells."""

    def __init__(self, config: CTClipConfig) -> None:
        super().__init__()
        stages: list[nn.Module] = []
        previous, depth = 1, config.crop[2]
        for channels in config.image_channels:
            stride_d = 2 if depth // 2 >= config.n_cells else 1
            depth //= stride_d
            stages.append(nn.Sequential(
                nn.Conv3d(previous, channels, 3, stride=(stride_d, 2, 2), padding=1),
                nn.GroupNorm(_groups(channels), channels), nn.GELU(),
                nn.Conv3d(channels, channels, 3, padding=1),
                nn.GroupNorm(_groups(channels), channels), nn.GELU()))
            previous = channels
        self.stages = nn.Sequential(*stages)
        self.n_cells = config.n_cells
        self.global_proj = nn.Linear(previous, config.proj_dim)
        self.cell_proj = nn.Linear(previous, config.proj_dim)

    def forward(self, volumes: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """volumes (B, 1, Z, I, J) -> global embedding (B, P), per-cell embeddings (B, n_cells, P)."""
        features = self.stages(volumes)
        global_embedding = self.global_proj(features.mean(dim=(2, 3, 4)))
        per_depth = F.adaptive_avg_pool1d(features.mean(dim=(3, 4)), self.n_cells)
        return global_embedding, self.cell_proj(per_depth.transpose(1, 2))


def siglip_loss(image: torch.Tensor, text: torch.Tensor, log_t: torch.Tensor, bias: torch.Tensor,
                same: torch.Tensor | None = None) -> torch.Tensor:
    """Sigmoid pairwise loss; `same` marks extra positive pairs (two reports of one volume)."""
    logits = F.normalize(image, dim=-1) @ F.normalize(text, dim=-1).T * log_t.exp() + bias
    labels = torch.eye(len(image), device=image.device) if same is None else same.float()
    return -F.logsigmoid((2 * labels - 1) * logits).sum() / len(image)


class CTClipModel(nn.Module):
    def __init__(self, config: CTClipConfig) -> None:
        super().__init__()
        self.config = config
        self.image = ImageEncoder3D(config)
        self.text = TextEncoder(config)
        self.log_t = nn.Parameter(torch.tensor(math.log(10.0)))
        self.bias = nn.Parameter(torch.tensor(-10.0))
        self.prompt_log_t = nn.Parameter(torch.tensor(math.log(10.0)))
        self.depth_log_t = nn.Parameter(torch.tensor(math.log(10.0)))

    def prompt_logits(self, image_embedding: torch.Tensor, positive: list[str], negative: list[str]) -> torch.Tensor:
        """(B, n_findings): evidence for each finding, positive prompt against negative prompt."""
        image = F.normalize(image_embedding, dim=-1)
        pos = F.normalize(self.text(positive), dim=-1)
        neg = F.normalize(self.text(negative), dim=-1)
        return (image @ pos.T - image @ neg.T) * self.prompt_log_t.exp()

    def depth_logits(self, cell_embeddings: torch.Tensor, snippets: list[str]) -> torch.Tensor:
        """(B, n_cells): how well each depth cell of each volume matches its snippet."""
        cells = F.normalize(cell_embeddings, dim=-1)
        text = F.normalize(self.text(snippets), dim=-1)
        return torch.einsum("bcp,bp->bc", cells, text) * self.depth_log_t.exp()
