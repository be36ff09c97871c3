# End-to-end reference for the composite-index engine, in plain base R (Debian r-base, no
# packages, COINr not used): the whole pipeline of pipeline.json on iData.csv / iMeta.csv
# (group-mean imputation, COINr's default Treat, min-max to [1, 100] with directions,
# weighted arithmetic means level by level), then an uncertainty analysis and a sensitivity
# analysis over four uncertain choices on designs drawn here with R's own generator, mapped to
# alternatives with R's cut() as COINr does. Every formula is written out from the spec page
# (shared/specs/composite-index.md §4 and §7), independently of the TypeScript engine.
#
# Run from this folder:  Rscript end-to-end.R > end-to-end.json
# then `npx biome format --write end-to-end.json` (the values are unchanged).

json <- function(x) {
  if (is.list(x)) {
    if (is.null(names(x))) return(paste0("[", paste(vapply(x, json, ""), collapse = ","), "]"))
    return(paste0("{", paste0('"', names(x), '":', vapply(x, json, ""), collapse = ","), "}"))
  }
  if (is.matrix(x)) return(json(lapply(seq_len(nrow(x)), function(i) x[i, ])))
  if (is.character(x)) return(paste0("[", paste0('"', x, '"', collapse = ","), "]"))
  num <- ifelse(is.na(x), "null", sprintf("%.17g", x))
  paste0("[", paste(num, collapse = ","), "]")
}

iData <- read.csv("iData.csv", stringsAsFactors = FALSE)
iMeta <- read.csv("iMeta.csv", stringsAsFactors = FALSE)
iData <- iData[order(iData$uCode), ]          # new_coin sorts units by uCode
inds <- iMeta$iCode[iMeta$Type == "Indicator"]
X <- as.matrix(iData[, inds])
rownames(X) <- iData$uCode
dirs <- setNames(iMeta$Direction, iMeta$iCode)
parent <- setNames(iMeta$Parent, iMeta$iCode)
w0 <- setNames(iMeta$Weight, iMeta$iCode)
agg2 <- sort(iMeta$iCode[iMeta$Level == 2 & !is.na(iMeta$Level)])
agg3 <- sort(iMeta$iCode[iMeta$Level == 3 & !is.na(iMeta$Level)])

# Impute: i_mean_grp by Grp, column by column.
impute <- function(X, grp) {
  for (j in seq_len(ncol(X))) for (g in unique(grp)) {
    rows <- grp == g
    m <- mean(X[rows, j], na.rm = TRUE)
    X[rows & is.na(X[, j]), j] <- m
  }
  X
}

g1 <- function(x) {
  x <- x[!is.na(x)]; n <- length(x); d <- x - mean(x)
  (sqrt(n) * sum(d^3) / sum(d^2)^1.5) * sqrt(n * (n - 1)) / (n - 2)
}
g2 <- function(x) {
  x <- x[!is.na(x)]; n <- length(x); d <- x - mean(x)
  r <- n * sum(d^4) / sum(d^2)^2
  ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
}
passes <- function(x) abs(g1(x)) < 2 | g2(x) < 3.5

# Treat (spec §4.4): winsorise the side of the skew, all tied extremes together, until the
# column passes or the last high set plus the last low set reaches winmax; if it still fails,
# log_CT of the original column.
treat_column <- function(x, winmax) {
  if (passes(x)) return(x)
  y <- x; nhi <- 0; nlo <- 0
  repeat {
    if (g1(y) >= 0) {
      top <- max(y, na.rm = TRUE); at <- which(y == top)
      y[at] <- max(y[y < top], na.rm = TRUE); nhi <- length(at)
    } else {
      bottom <- min(y, na.rm = TRUE); at <- which(y == bottom)
      y[at] <- min(y[y > bottom], na.rm = TRUE); nlo <- length(at)
    }
    if (passes(y) || nhi + nlo >= winmax) break
  }
  if (passes(y)) return(y)
  log(x - min(x, na.rm = TRUE) + 0.01 * (max(x, na.rm = TRUE) - min(x, na.rm = TRUE)))
}
treat <- function(X, winmax) { for (j in seq_len(ncol(X))) X[, j] <- treat_column(X[, j], winmax); X }

normalise <- function(X, method) {
  for (j in seq_len(ncol(X))) {
    x <- X[, j] * dirs[colnames(X)[j]]
    X[, j] <- if (method == "minmax") {
      (x - min(x, na.rm = TRUE)) / (max(x, na.rm = TRUE) - min(x, na.rm = TRUE)) * 99 + 1
    } else {
      (x - mean(x, na.rm = TRUE)) / sd(x, na.rm = TRUE) * 2 + 10
    }
  }
  X
}

combine <- function(Y, w, f) {
  apply(Y, 1, function(y) {
    keep <- !is.na(y); y <- y[keep]; w <- w[keep]
    if (length(y) == 0) return(NA_real_)
    if (f == "amean") sum(w * y) / sum(w) else {
      if (any(y <= 0)) stop("non-positive value under the geometric mean")
      exp(sum(w * log(y)) / sum(w))
    }
  })
}
aggregate <- function(N, w, f) {
  out <- N
  for (codes in list(agg2, agg3)) for (a in codes) {
    kids <- names(parent)[!is.na(parent) & parent == a]
    kids <- kids[kids %in% colnames(out)]
    out <- cbind(out, setNames(data.frame(combine(out[, kids, drop = FALSE], w[kids], f)), a))
    out <- as.matrix(out)
  }
  out
}

build <- function(winmax = 5, norm = "minmax", f = "amean", w = w0) {
  Imp <- impute(X, iData$Grp)
  Tr <- treat(Imp, winmax)
  N <- normalise(Tr, norm)
  list(Imputed = Imp, Treated = Tr, Normalised = N, Aggregated = aggregate(N, w, f))
}
nominal <- build()
index <- function(b) b$Aggregated[, "Index"]
rnk <- function(s) rank(-s, ties.method = "min", na.last = "keep")

# Noisy weight sets, written into the JSON for the engine to replay: pillars ±25 %.
set.seed(20261207)
sets <- lapply(1:5, function(k) {
  w <- w0
  for (a in agg2) w[a] <- w0[a] * (1 + 0.25 * (2 * runif(1) - 1))
  w
})
winmaxes <- c(1, 3, 5); norms <- c("minmax", "zscore"); fs <- c("amean", "gmean")
K <- c(length(winmaxes), length(norms), length(fs), length(sets))

replicate_design <- function(U) {
  # COINr maps each column of the whole design with cut(u, K): equal bins over its observed range.
  choice <- sapply(1:4, function(i) as.integer(cut(U[, i], K[i])))
  scores <- t(apply(choice, 1, function(ch) {
    b <- tryCatch(build(winmaxes[ch[1]], norms[ch[2]], fs[ch[3]], sets[[ch[4]]]), error = function(e) NULL)
    if (is.null(b)) rep(NA_real_, nrow(X)) else index(b)
  }))
  list(choice = choice, scores = scores, ranks = t(apply(scores, 1, rnk)))
}
stats <- function(ranks, nominal_rank) {
  q <- function(p) apply(ranks, 2, quantile, probs = p, type = 7, na.rm = TRUE)
  list(
    Nominal = nominal_rank, Mean = colMeans(ranks, na.rm = TRUE),
    Median = apply(ranks, 2, median, na.rm = TRUE), Q5 = q(0.05), Q95 = q(0.95)
  )
}
nominal_rank <- rnk(index(nominal))
mars <- function(ranks) apply(ranks, 1, function(r) mean(abs(r - nominal_rank)))

set.seed(3)
ua_design <- matrix(runif(30 * 4), 30, 4)
ua <- replicate_design(ua_design)

n <- 12
set.seed(4)
A <- matrix(runif(n * 4), n, 4); B <- matrix(runif(n * 4), n, 4)
sa_design <- rbind(A, B, do.call(rbind, lapply(1:4, function(i) { AB <- A; AB[, i] <- B[, i]; AB })))
sa <- replicate_design(sa_design)
y <- mars(sa$ranks)
yA <- y[1:n]; yB <- y[(n + 1):(2 * n)]; V <- var(c(yA, yB))
Si <- sapply(1:4, function(i) mean(yB * (y[(2 + i - 1) * n + 1:n] - yA)) / V)
STi <- sapply(1:4, function(i) sum((yA - y[(2 + i - 1) * n + 1:n])^2) / (2 * n * V))

cells <- function(file) {
  lines <- readLines(file)
  split <- lapply(lines, function(line) strsplit(paste0(line, ","), ",", fixed = TRUE)[[1]])
  list(header = split[[1]], rows = split[-1])
}
cat(json(list(
  inputs = list(iData = cells("iData.csv"), iMeta = cells("iMeta.csv")),
  units = iData$uCode,
  nominal = lapply(nominal, function(m) list(codes = colnames(m), columns = lapply(seq_len(ncol(m)), function(j) m[, j]))),
  weightSets = lapply(sets, function(w) as.list(w[c(agg2, agg3)])),
  ua = list(design = ua_design, choice = ua$choice, scores = ua$scores, stats = stats(ua$ranks, nominal_rank)),
  sa = list(n = n, design = sa_design, choice = sa$choice, scores = sa$scores,
            stats = stats(sa$ranks[1:(2 * n), ], nominal_rank), mars = y, Si = Si, STi = STi)
)), "\n")
