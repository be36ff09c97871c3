# Inputs of COINr documentation examples that the pages do not print but R itself holds:
# the datasets package's iris, mtcars and airquality, and set.seed(100); runif(20) from the
# check_SkewKurt reference page. Base R only (Debian r-base 4.2.2, no COINr). The printed
# outputs these inputs lead to are in the page JSONs beside this file, copied from the pages.
#
#   Rscript r-datasets.R > r-datasets.json   (then `npx biome format --write` lays it out)
#
# Numbers are written with 17 significant digits, so they read back as the same doubles.

num <- function(x) ifelse(is.na(x), "null", formatC(x, digits = 17, format = "g"))
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
str_vec <- function(x) paste0("[", paste0("\"", x, "\"", collapse = ", "), "]")
frame <- function(df) {
  cols <- vapply(names(df), function(n) {
    v <- df[[n]]
    paste0("\"", n, "\": ", if (is.numeric(v)) vec(v) else str_vec(as.character(v)))
  }, character(1))
  paste0("{\"rownames\": ", str_vec(rownames(df)), ", \"columns\": {", paste(cols, collapse = ", "), "}}")
}

# check_SkewKurt's example: runif is Mersenne-Twister + inversion, unchanged since R 1.7, so
# set.seed(100) gives the page's vector. Checked against the page's printed skew (0.1935009) with
# e1071's type-2 skewness written out here, so a changed generator would stop this script.
set.seed(100)
x <- runif(20)
n <- length(x)
m2 <- sum((x - mean(x))^2) / n
m3 <- sum((x - mean(x))^3) / n
g1 <- m3 / m2^1.5 * sqrt(n * (n - 1)) / (n - 2)
stopifnot(abs(g1 - 0.1935009) < 5e-8)

cat("{\n")
cat("\"note\": \"Written by r-datasets.R (base R datasets and set.seed(100); runif(20)); not COINr output.\",\n")
cat("\"r_version\": \"", R.version.string, "\",\n", sep = "")
cat("\"iris\": ", frame(iris), ",\n", sep = "")
cat("\"mtcars\": ", frame(mtcars), ",\n", sep = "")
cat("\"airquality\": ", frame(airquality), ",\n", sep = "")
cat("\"runif20_seed100\": ", vec(x), "\n", sep = "")
cat("}\n")
