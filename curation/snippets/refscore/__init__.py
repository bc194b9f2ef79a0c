"""A learned decision over the reference grammar's candidates (issue 16, round 7): `candidates` over-generates
readings of the number groups of a cue sentence, `features` describes each, `model` scores them (averaged
perceptron weights, `weights.npz`), `decide` keeps one reading per group or none; `train` builds the weights.
"""
