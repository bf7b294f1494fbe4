"""Arabic text layer: normalization view, segmentation, tokenization, all with offsets."""
