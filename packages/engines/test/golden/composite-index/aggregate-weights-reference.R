# Reference values for the Aggregate step, the weights and the correlation analysis, computed with
# base R only (Debian's r-base; COINr is not installed). The aggregation functions below are
# written from COINr 1.1.14's documented formulas (spec page §4.6, quirks Q2/Q3), not copied from
# it; PCA, correlations and p-values come straight from R's own prcomp, eigen, cor and cor.test.
#
# Run:  Rscript aggregate-weights-reference.R > aggregate-weights-reference.json
# (the committed JSON was then laid out by `biome check --write`; its content is the script's output)
options(digits = 17)

units <- c("A", "B", "C", "D", "E", "F", "G", "H")
X <- data.frame(
  i1 = c(10, 42, 35, 77, 50, 61, 23, 90),
  i2 = c(80, NA, 15, 44, 60, 52, 38, 27),
  i3 = c(33, 58, 71, 20, 64, 12, 85, 47),
  i4 = c(5, 55, 30, 68, NA, 40, 90, 12),
  i5 = c(70, 22, 48, 35, NA, 81, 16, 59),
  i6 = c(45, 66, 12, 90, 25, 33, NA, 78)
)
w_ind <- c(i1 = 1, i2 = 2, i3 = 1, i4 = 1, i5 = 1, i6 = 3)
w_agg <- c(P1 = 2, P2 = 1)
groups <- list(P1 = c("i1", "i2", "i3"), P2 = c("i4", "i5", "i6"))

amean <- function(x, w) { ok <- !is.na(x); if (!any(ok)) NA else sum(w[ok] * x[ok]) / sum(w[ok]) }
gmean <- function(x, w) { ok <- !is.na(x); if (!any(ok)) NA else exp(sum(w[ok] * log(x[ok])) / sum(w[ok])) }
hmean <- function(x, w) { ok <- !is.na(x); if (!any(ok)) NA else sum(w[ok]) / sum(w[ok] / x[ok]) }
# COINr's generalised mean keeps NA (any missing child gives NA); the strict variant drops them.
genmean_coinr <- function(x, w, p) { if (all(is.na(x))) NA else (sum(w * x^p) / sum(w))^(1 / p) }
genmean_strict <- function(x, w, p) { ok <- !is.na(x); if (!any(ok)) NA else (sum(w[ok] * x[ok]^p) / sum(w[ok]))^(1 / p) }

rowwise <- function(D, w, f, dat_thresh = -1, ...) {
  apply(as.matrix(D), 1, function(r) if (sum(!is.na(r)) / length(r) < dat_thresh) NA else f(r, w, ...))
}

# Copeland, COINr's reading: weights scaled to sum 1, NA comparisons count nothing, O_ji = 1 - O_ij.
copeland_coinr <- function(D, w) {
  D <- as.matrix(D); w <- w / sum(w); m <- nrow(D); O <- matrix(0, m, m)
  for (i in seq_len(m)) for (j in seq_len(m)) {
    if (i < j) {
      gt <- D[i, ] > D[j, ]; eq <- D[i, ] == D[j, ]
      O[i, j] <- sum(w[which(gt)]) + sum(w[which(eq)]) / 2
    } else if (i > j) O[i, j] <- 1 - O[j, i]
  }
  C <- sign(O - 0.5); diag(C) <- 0; rowSums(C)
}
# Strict: each pair judged on the children both units have, weights renormalised over those;
# a unit with no data, or under dat_thresh, takes no part and scores NA.
copeland_strict <- function(D, w, dat_thresh = -1) {
  D <- as.matrix(D); m <- nrow(D)
  keep <- apply(D, 1, function(r) sum(!is.na(r)) > 0 && sum(!is.na(r)) / length(r) >= dat_thresh)
  s <- rep(NA_real_, m); s[keep] <- 0
  for (i in which(keep)) for (j in which(keep)) if (i != j) {
    ok <- !is.na(D[i, ]) & !is.na(D[j, ])
    o <- if (!any(ok)) 0.5 else (sum(w[ok & D[i, ] > D[j, ]]) + sum(w[ok & D[i, ] == D[j, ]]) / 2) / sum(w[ok])
    s[i] <- s[i] + sign(o - 0.5)
  }
  s
}

aggregate_index <- function(level2, level3, dat_thresh = c(-1, -1)) {
  P <- sapply(names(groups), function(g) level2(X[groups[[g]]], w_ind[groups[[g]]], dat_thresh[1]))
  Index <- level3(P, w_agg, dat_thresh[2])
  list(P1 = P[, "P1"], P2 = P[, "P2"], Index = Index)
}
rw <- function(f, ...) function(D, w, t) rowwise(D, w, f, t, ...)

cases <- list(
  amean = aggregate_index(rw(amean), rw(amean)),
  gmean = aggregate_index(rw(gmean), rw(gmean)),
  hmean = aggregate_index(rw(hmean), rw(hmean)),
  genmean_p2_coinr = aggregate_index(rw(genmean_coinr, p = 2), rw(genmean_coinr, p = 2)),
  genmean_p2_strict = aggregate_index(rw(genmean_strict, p = 2), rw(genmean_strict, p = 2)),
  genmean_pm1_strict = aggregate_index(rw(genmean_strict, p = -1), rw(genmean_strict, p = -1)),
  amean_datthresh = aggregate_index(rw(amean), rw(amean), dat_thresh = c(0.7, -1)),
  gmean_then_amean = aggregate_index(rw(gmean), rw(amean)),
  copeland_coinr_then_amean = aggregate_index(function(D, w, t) copeland_coinr(D, w), rw(amean)),
  copeland_strict_then_amean = aggregate_index(function(D, w, t) copeland_strict(D, w, t), rw(amean))
)

# Effective weights: normalise within each parent, then multiply down from the top.
eff <- c(w_ind[1:3] / sum(w_ind[1:3]) * w_agg["P1"] / sum(w_agg),
         w_ind[4:6] / sum(w_ind[4:6]) * w_agg["P2"] / sum(w_agg))

# PCA on complete rows (listwise), correlation-matrix PCA as COINr's prcomp(center, scale).
pca_of <- function(D) {
  D <- na.omit(D); pr <- prcomp(D, center = TRUE, scale. = TRUE)
  ev <- eigen(cor(D), symmetric = TRUE)
  list(codes = colnames(D), rows = nrow(D), loadings = unname(pr$rotation[, 1]),
       sdev = unname(pr$sdev), variance_share = unname(pr$sdev^2 / sum(pr$sdev^2)),
       eigenvalues = unname(ev$values))
}
pca <- list(P1 = pca_of(X[groups$P1]), P2 = pca_of(X[groups$P2]), all = pca_of(X))

# Correlations with pairwise-complete data and cor.test p-values for every pair.
pairs_of <- function(D, method) {
  out <- list(); codes <- colnames(D)
  for (a in codes) for (b in codes) if (a < b) {
    ok <- complete.cases(D[[a]], D[[b]])
    t <- suppressWarnings(cor.test(D[[a]], D[[b]], method = method))
    out[[length(out) + 1]] <- list(a = a, b = b, n = sum(ok),
      r = unname(cor(D[[a]], D[[b]], use = "pairwise.complete.obs", method = method)), p = t$p.value)
  }
  out
}
ties <- data.frame(t1 = c(1, 2, 2, 3, 4, 4, 4, 5, 6, 7), t2 = c(2, 1, 3, 3, 5, 4, 6, 6, 8, 7),
                   t3 = c(9, 7, 8, 5, 5, 6, 2, 3, 1, 1))
long <- data.frame(u = c(3.1, 1.2, 5.5, 4.4, 9.0, 7.7, 2.6, 8.8, 6.1, 10.4, 0.5, 11.9),
                   v = c(2.0, 1.1, 6.3, 3.9, 8.1, 9.2, 4.4, 7.0, 5.6, 10.1, 0.9, 12.5),
                   w = c(12.0, 3.3, 1.0, 9.5, 2.2, 4.8, 7.7, 6.6, 11.1, 5.0, 8.3, 10.2))
correlations <- list()
for (method in c("pearson", "spearman", "kendall")) {
  correlations[[method]] <- list(X = pairs_of(X, method), ties = pairs_of(ties, method), long = pairs_of(long, method))
}

# Cronbach's alpha: k/(k-1) (1 - sum var / sum cov), covariance pairwise-complete.
cronbach <- function(D) { k <- ncol(D); S <- cov(D, use = "pairwise.complete.obs"); k / (k - 1) * (1 - sum(diag(S)) / sum(S)) }
alpha <- list(P1 = cronbach(X[groups$P1]), P2 = cronbach(X[groups$P2]), all = cronbach(X))

# Denominator correlations: every indicator against a unit attribute.
pop <- c(5.2, 80.1, 11.0, 47.5, 9.3, 60.2, 2.8, 38.4)
denom <- sapply(colnames(X), function(code) cor(X[[code]], pop, use = "pairwise.complete.obs"))

# Correlations of pillars (aggregated with a_amean) against indicators, with cor.test p-values.
Agg <- cbind(X, P1 = cases$amean$P1, P2 = cases$amean$P2, Index = cases$amean$Index)
pillar_vs_ind <- list()
for (a in c("P1", "P2")) for (b in colnames(X)) {
  t <- cor.test(Agg[[a]], Agg[[b]])
  pillar_vs_ind[[length(pillar_vs_ind) + 1]] <- list(a = a, b = b, r = unname(t$estimate), p = t$p.value)
}
# Correlation flags: pairs in the same pillar with r below -0.3 (the data are unstructured).
C <- cor(X, use = "pairwise.complete.obs")
flags <- list()
for (g in names(groups)) for (a in groups[[g]]) for (b in groups[[g]]) if (a != b && C[a, b] < -0.3) {
  flags[[length(flags) + 1]] <- list(group = g, ind1 = a, ind2 = b, corr = round(C[a, b], 3))
}

# A symmetric matrix with a negative eigenvalue, for the Jacobi solver (R's eigen uses LAPACK dsyevr).
M <- matrix(c(4, 1, -2, 2, 1, 2, 0, 1, -2, 0, 3, -2, 2, 1, -2, -1), 4, 4)
eig <- eigen(M, symmetric = TRUE)

# ---- a minimal JSON writer (no packages) ----
json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    body <- vapply(x, json, "")
    if (!is.null(names(x)) && all(names(x) != "")) return(paste0("{", paste0('"', names(x), '": ', body, collapse = ", "), "}"))
    return(paste0("[", paste(body, collapse = ", "), "]"))
  }
  if (is.character(x)) { v <- paste0('"', x, '"') } else {
    v <- ifelse(is.na(x), "null", sprintf("%.17g", as.numeric(x)))
  }
  if (length(x) == 1 && is.null(names(x))) v else paste0("[", paste(v, collapse = ", "), "]")
}
num <- function(v) as.list(unname(v))
out <- list(
  units = as.list(units),
  data = lapply(X, num),
  aggregate = lapply(cases, function(cs) lapply(cs, num)),
  effective_weights = as.list(setNames(unname(eff), names(w_ind))),
  pca = lapply(pca, function(p) list(codes = as.list(p$codes), rows = p$rows, loadings = num(p$loadings),
    variance_share = num(p$variance_share), eigenvalues = num(p$eigenvalues))),
  correlations = lapply(correlations, function(m) lapply(m, function(ps) lapply(ps, function(q)
    list(a = q$a, b = q$b, n = q$n, r = q$r, p = q$p)))),
  ties = lapply(ties, num), long = lapply(long, num),
  cronbach = alpha,
  pillar_vs_indicator = pillar_vs_ind,
  flags_low = flags,
  eigen = list(matrix = lapply(seq_len(4), function(i) num(M[i, ])), values = num(eig$values),
               vectors = lapply(seq_len(4), function(k) num(eig$vectors[, k]))),
  denominator = list(pop = num(pop), corr = as.list(denom))
)
cat(json(out), "\n")
