"""Reference Sobol points for numeric/sobol.ts: scipy.stats.qmc.Sobol(d, scramble=False), which uses
Joe & Kuo's new-joe-kuo-6.21201 direction numbers in Gray-code order, starting at the origin.
Points are written as integers x * 2**30 (SciPy's default 30 bits), exact in JSON.

Run: python3 sobol-scipy.py > sobol-scipy.json
"""
import json

import numpy as np
import scipy
from scipy.stats import qmc

first = qmc.Sobol(d=128, scramble=False).random(64)
later = qmc.Sobol(d=20, scramble=False)
later.fast_forward(1000)
later_points = later.random(8)
scale = 2**30
print(json.dumps({
    "source": f"sobol-scipy.py, scipy {scipy.__version__}",
    "first64x128": (first * scale).astype(np.int64).tolist(),
    "from1000x20": (later_points * scale).astype(np.int64).tolist(),
}))
