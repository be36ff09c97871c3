"""Reference values for numeric/random.ts, from a plain Python transcription of the published
algorithms: SplitMix64 (Steele, Lea & Flood 2014) fills the state of xoshiro128** 1.1
(Blackman & Vigna 2021, https://prng.di.unimi.it/xoshiro128starstar.c); each double is
((a >> 5) * 2**26 + (b >> 6)) / 2**53 from two consecutive 32-bit outputs a, b.

Run: python3 random-xoshiro128.py > random-xoshiro128.json
"""
import json

M64 = (1 << 64) - 1
M32 = (1 << 32) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M32


def xoshiro128ss(s):
    while True:
        result = (rotl((s[1] * 5) & M32, 7) * 9) & M32
        t = (s[1] << 9) & M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        yield result


def state_of_seed(seed):
    state = seed % (1 << 64)
    words = []
    for _ in range(2):
        state, out = splitmix64(state)
        words += [out & M32, out >> 32]
    return words


cases = []
for seed in [0, 1, 42, 1234567, -1, 2**53 - 1]:
    words = state_of_seed(seed)
    gen = xoshiro128ss(list(words))
    uint32 = [next(gen) for _ in range(8)]
    gen = xoshiro128ss(list(words))
    doubles = []
    for _ in range(8):
        a, b = next(gen), next(gen)
        doubles.append(((a >> 5) * 67108864 + (b >> 6)) / 9007199254740992)
    cases.append({"seed": seed, "state": words, "uint32": uint32, "doubles": doubles})

print(json.dumps({"source": "random-xoshiro128.py", "cases": cases}, indent=1))
