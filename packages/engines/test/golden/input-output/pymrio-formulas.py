"""Expected values for the input-output engine: pymrio 0.6.3's formulas (shared/specs/input-output.md,
sections 2.1-2.5) written out literally with numpy, explicit inverse and all (L = inv(I - A),
X = L @ Yhat, ...), on three small 2-region x 2-sector x 2-category systems:

- "flows": Z, Y, F, F_Y and population given (pymrio's usual case), with Ghosh B, G, M_down;
- "coefficients": A and Y only, extension given as S and S_Y (pymrio's EXIOBASE 3 case, x = L Y 1);
- "zero-output": sector (south, goods) produces nothing (zero row in Z and Y) but buys inputs and has
  stressors, so pymrio's safe reciprocal zeroes its column of A and of S (its F is lost).

Run: python3 pymrio-formulas.py  (writes pymrio-formulas.json beside it; numpy 2.4), then
`npx biome format --write pymrio-formulas.json` for the house layout (numbers unchanged).
"""

import json
from pathlib import Path

import numpy as np

REGIONS = ["north", "south"]
SECTORS = ["goods", "services"]
CATEGORIES = ["households", "exports"]
R, P, C = len(REGIONS), len(SECTORS), len(CATEGORIES)
n = R * P


def inv0(v):
    """pymrio's safe reciprocal: 1/v, with the +inf of 1/0 replaced by 0."""
    with np.errstate(divide="ignore"):
        r = 1.0 / v
    r[r == np.inf] = 0.0
    return r


def accounts(S, L, Y, F_Y, population):
    Y_agg = Y.reshape(n, R, C).sum(axis=2)  # regions in first-appearance order
    Y_hat = np.zeros((n, n))
    for r in range(R):
        for j in range(P):
            for t in range(R):
                Y_hat[t * P + j, r * P + j] = Y_agg[t * P + j, r]
    X = L @ Y_hat
    x_bar = X.sum(axis=1)
    D_cba = S @ X
    D_pba = S * x_bar[None, :]
    X_t = X.copy()
    for r in range(R):
        X_t[r * P : (r + 1) * P, r * P : (r + 1) * P] = 0.0
    D_imp = S @ X_t
    D_exp = S * X_t.sum(axis=1)[None, :]
    K = S.shape[0]
    reg = lambda D: D.reshape(K, R, P).sum(axis=2)
    F_Y_agg = F_Y.reshape(K, R, C).sum(axis=2) if F_Y is not None else np.zeros((K, R))
    out = {
        "M": S @ L,
        "D_cba": D_cba,
        "D_pba": D_pba,
        "D_imp": D_imp,
        "D_exp": D_exp,
        "D_cba_reg": reg(D_cba) + F_Y_agg,
        "D_pba_reg": reg(D_pba) + F_Y_agg,
        "D_imp_reg": reg(D_imp),
        "D_exp_reg": reg(D_exp),
    }
    if population is not None:
        for key in ["D_cba", "D_pba", "D_imp", "D_exp"]:
            out[key + "_cap"] = out[key + "_reg"] / population[None, :]
    return out


def system(Z=None, A=None, Y=None, F=None, S=None, F_Y=None, S_Y=None, population=None, ghosh=False):
    if Z is not None:
        x = Z.sum(axis=1) + Y.sum(axis=1)
        A = Z * inv0(x)[None, :]
        L = np.linalg.inv(np.eye(n) - A)
    else:
        L = np.linalg.inv(np.eye(n) - A)
        x = L @ Y.sum(axis=1)
        Z = A * x[None, :]
    if S is None:
        S = F * inv0(x)[None, :]
    else:
        F = S * x[None, :]
    y_col = Y.sum(axis=0)
    if F_Y is not None:
        S_Y = F_Y * inv0(y_col)[None, :]
    elif S_Y is not None:
        F_Y = S_Y * y_col[None, :]
    ext = {"F": F, "S": S, **accounts(S, L, Y, F_Y, population)}
    if F_Y is not None:
        ext["F_Y"], ext["S_Y"] = F_Y, S_Y
    out = {"x": x, "Z": Z, "A": A, "L": L, "extension": ext}
    if ghosh:
        B = inv0(x)[:, None] * Z
        G = np.linalg.inv(np.eye(n) - B)
        out["B"], out["G"] = B, G
        ext["M_down"] = S @ (G.T - np.eye(n))
    return out


def tolist(value):
    if isinstance(value, dict):
        return {k: tolist(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value


Z1 = np.array(
    [
        [40.0, 25.0, 12.0, 3.0],
        [18.0, 30.0, 5.0, 9.0],
        [10.0, 4.0, 55.0, 20.0],
        [6.0, 11.0, 15.0, 35.0],
    ]
)
Y1 = np.array(
    [
        [60.0, 14.0, 8.0, 2.0],
        [70.0, 6.0, 10.0, 1.5],
        [7.0, 3.0, 80.0, 11.0],
        [4.0, 2.0, 65.0, -3.0],  # negative: inventory drawdown, kept as pymrio keeps it
    ]
)
F1 = np.array([[120.0, 45.0, 210.0, 30.0], [9.0, 14.0, 6.5, 11.0]])
F_Y1 = np.array([[25.0, 0.0, 40.0, 0.0], [1.0, 0.5, 2.0, 0.0]])
POP = np.array([5.5, 12.0])

flows_in = {"Z": Z1, "Y": Y1, "F": F1, "F_Y": F_Y1, "population": POP}
flows = system(**flows_in, ghosh=True)

A2 = flows["A"]
Y2 = np.array(
    [
        [30.0, 20.0, 4.0, 6.0],
        [50.0, 3.0, 12.0, 0.0],
        [9.0, 1.0, 60.0, 14.0],
        [2.0, 5.0, 45.0, 7.0],
    ]
)
S2 = np.array([[0.8, 0.2, 1.1, 0.05], [0.01, 0.07, 0.03, 0.02], [3.0, 0.0, 0.5, 1.5]])
S_Y2 = np.array([[0.1, 0.0, 0.2, 0.0], [0.0, 0.0, 0.0, 0.0], [0.05, 0.01, 0.0, 0.3]])
coeff_in = {"A": A2, "Y": Y2, "S": S2, "S_Y": S_Y2}
coefficients = system(**coeff_in)

Z3 = Z1.copy()
Z3[2, :] = 0.0  # (south, goods) sells nothing ...
Y3 = Y1.copy()
Y3[2, :] = 0.0  # ... to anyone, yet still buys inputs (its column of Z is kept)
zero_in = {"Z": Z3, "Y": Y3, "F": F1, "F_Y": F_Y1, "population": POP}
zero = system(**zero_in, ghosh=True)

golden = {
    "generated_by": "pymrio-formulas.py (numpy %s)" % np.__version__,
    "regions": REGIONS,
    "sectors": SECTORS,
    "categories": CATEGORIES,
    "cases": {
        "flows": {"input": tolist(flows_in), "expected": tolist(flows)},
        "coefficients": {"input": tolist(coeff_in), "expected": tolist(coefficients)},
        "zero-output": {"input": tolist(zero_in), "expected": tolist(zero)},
    },
}
Path(__file__).with_name("pymrio-formulas.json").write_text(json.dumps(golden, indent=1) + "\n")
