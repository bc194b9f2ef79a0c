"""A learned token tagger for the report scrubber: PERSON / INSTITUTION / ADDRESS in layout positions.

tokens (tokenizer and line layout), features (hashed atoms per token), model (averaged-perceptron weights,
BIO Viterbi, span confidence), synth (the seeded training-document generator), train (the training command)
and hook (what `scrub_text` calls behind RADCURATE_DEID_TAGGER). numpy only; no download at run time.
"""
