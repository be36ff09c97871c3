"""Writes printf-g12.json: Python's '%.12g' % x (the format pymrio's save uses) for many doubles.

Run from this folder: python3 printf-g12.py. Deterministic (seeded); the JSON is committed.
Values are stored with repr(), which JavaScript parses back to the same double.
"""

import json
import math
import random
import struct

random.seed(20240607)
values = [
    0.0, 1.0, -1.0, 0.1, 0.5, 1e-5, 1.23456789012e-05, 1e20, 1e16, 1e15, 1e12, 1e11,
    123456789012.0, 1234567890123.0, 999999999999.0, 999999999999.5, 9999999999995.0,
    1234567890125.0, 1234567890135.0, 123456789012.5, 123456789013.5, 0.0001, 0.00001,
    0.000123456789012345, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    23697.2219398, 2.5, 0.125, 1e-4, 9.9999999999995e-5, 99999999999.95, 100000000000.0,
    -0.00015, 3.14159265358979, 2.0 ** 52, 2.0 ** 53 + 2, 2.0 ** 70, 1 / 3, 2 / 3,
]
for _ in range(1500):
    mantissa = random.uniform(-10, 10)
    values.append(mantissa * 10.0 ** random.randint(-30, 30))
for _ in range(500):
    # Random bit patterns reach subnormals and extreme exponents.
    bits = random.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isfinite(x):
        values.append(x)
for _ in range(500):
    # Exact ties at the 13th significant digit: integers ending in 5 and halves.
    values.append(float(random.randint(10**11, 10**12 - 1) * 10 + 5))
    values.append(random.randint(10**11, 10**12 - 1) + 0.5)
for _ in range(300):
    # Values near the fixed/exponential switch (exponents -5, -4, 11, 12).
    values.append(random.choice([1e-5, 1e-4, 1e11, 1e12]) * random.uniform(0.9, 1.1))
for _ in range(300):
    # Short decimals, as input-output tables hold them.
    values.append(round(random.uniform(0, 1e6), random.randint(0, 6)))

cases = [[x, "%.12g" % x] for x in values]
with open("printf-g12.json", "w") as out:
    out.write('{"source": "Python \'%.12g\' % x",\n"cases": [\n')
    out.write(",\n".join(json.dumps(case) for case in cases))
    out.write("\n]}\n")
print(len(cases), "cases")
