# Expected discrete choices for COINr's compat mapping (spec Q10): COINr maps a sample column x to
# one of K alternatives with cut(x, K, 1:K), i.e. K equal-width, right-closed bins over the
# observed range of x widened by range/1000 at both ends. This script records, for columns drawn
# with R's own generator and for hand-made edge cases (values exactly on interior breaks, constant
# columns, a zero column), the breaks cut() computes and the bin codes it returns.
# Plain base R (Debian r-base); run: Rscript discrete-cut.R > discrete-cut.json
num <- function(v) paste0("[", paste(sprintf("%.17g", v), collapse = ","), "]")
int <- function(v) paste0("[", paste(as.integer(v), collapse = ","), "]")
breaks_of <- function(x, K) {
  # the breaks cut.default builds for a single number of intervals, recomputed for the record
  rx <- range(x); dx <- diff(rx)
  if (dx == 0) {
    dx <- if (rx[1L] != 0) abs(rx[1L]) else 1
    seq.int(rx[1L] - dx / 1000, rx[2L] + dx / 1000, length.out = K + 1)
  } else {
    b <- seq.int(rx[1L], rx[2L], length.out = K + 1)
    b[c(1L, K + 1)] <- c(rx[1L] - dx / 1000, rx[2L] + dx / 1000)
    b
  }
}
cases <- list()
add <- function(label, x, K) {
  codes <- as.integer(cut(x, K, 1:K))
  b <- breaks_of(x, K)
  # the recorded breaks must be the ones cut() used: every code agrees with them
  stopifnot(all(codes == findInterval(x, b, left.open = TRUE)))
  cases[[length(cases) + 1]] <<- sprintf('{"label":"%s","k":%d,"x":%s,"breaks":%s,"codes":%s}',
                                         label, K, num(x), num(b), int(codes))
}
set.seed(20240601)
for (K in 2:7) for (n in c(3, 10, 57, 400)) add(sprintf("runif n=%d", n), runif(n), K)
for (K in c(2, 3, 5, 10)) add("wide runif", runif(1000), K)
# values exactly on the interior breaks go to the lower bin (right-closed)
for (K in 2:6) add("on breaks", c(0, seq.int(0, 1, length.out = K + 1), 1), K)
add("three points", c(0, 0.5, 1), 2)
add("narrow range", c(0.41, 0.42, 0.415, 0.4175), 3)
add("constant", c(0.3, 0.3, 0.3), 3)
add("constant zero", c(0, 0), 2)
add("single", c(0.7), 4)
cat('{"source":"discrete-cut.R (R ', R.version$major, '.', R.version$minor, ')","cases":[',
    paste(cases, collapse = ",\n"), "]}\n", sep = "")
