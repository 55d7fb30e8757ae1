// The trainer (cpp/trainer/): backpropagation against central differences for every
// element-wise row, one step checked by hand, the optimizers' rules, and the same losses to the
// bit natively and in wasm for a seed.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "network.hpp"
#include "splitmix64.hpp"

using Catch::Matchers::WithinRel;
using Catch::Matchers::WithinULP;
using trainer::Initialization;
using trainer::Loss;
using trainer::Network;
using trainer::NetworkSpec;
using trainer::OptimizerKind;
using trainer::TrainOptions;

namespace {

std::vector<const activations::ActivationSpec*> elementwiseRows() {
  std::vector<const activations::ActivationSpec*> rows;
  for (const auto& spec : activations::catalog()) {
    if (spec.kind == activations::Kind::elementwise) rows.push_back(activations::findActivation(spec.id));
  }
  return rows;
}

std::vector<double> defaults(const activations::ActivationSpec& spec) {
  std::vector<double> values;
  for (const auto& p : spec.parameters) values.push_back(p.defaultValue);
  return values;
}

NetworkSpec specFor(const activations::ActivationSpec& row, std::vector<std::size_t> layers, Loss loss,
                    Initialization initialization, std::uint64_t seed) {
  return {std::move(layers), row.stable, defaults(row), loss, initialization, seed};
}

// n examples of `inputs` values uniform on [-2, 2), with targets made of them by + and *
// only: regression targets x0 x1 - x0 / 2 (+ x2 where there is one), or for cross-entropy the
// class x0 x1 > 0.
struct Data {
  std::vector<double> inputs;
  std::vector<double> targets;
  std::size_t n;
};

Data makeData(std::size_t n, std::size_t inputs, std::size_t outputs, Loss loss, std::uint64_t seed) {
  activations::SplitMix64 random(seed);
  Data data{{}, {}, n};
  for (std::size_t e = 0; e < n; ++e) {
    const std::size_t first = data.inputs.size();
    for (std::size_t i = 0; i < inputs; ++i) data.inputs.push_back(2.0 * (2.0 * random.uniform() - 1.0));
    const double x0 = data.inputs[first];
    const double x1 = data.inputs[first + 1];
    for (std::size_t j = 0; j < outputs; ++j) {
      const double regression = x0 * x1 - x0 / 2 + (inputs > 2 ? data.inputs[first + 2] : 0.0) + 0.25 * j;
      const bool inClass = (x0 * x1 > 0) != (j % 2 == 1);
      data.targets.push_back(loss == Loss::binaryCrossEntropy ? (inClass ? 1.0 : 0.0) : regression);
    }
  }
  return data;
}

double l2(const std::vector<double>& v) {
  double sum = 0.0;
  for (const double x : v) sum += x * x;
  return std::sqrt(sum);
}

std::uint64_t bitsOf(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}

}  // namespace

// The analytic gradient of one batch (the network's backward pass) against central
// differences of the same batch's loss, (L(w + h) - L(w - h)) / 2h, per weight layer:
// ||g - g_fd|| / ||g|| <= 1e-6. With h = 1e-6 the truncation error is ~h^2 |L'''| ~ 1e-12 and
// the rounding error ~ε L / h ~ 1e-10, both far below 1e-6 of gradients of order 0.01 to 1.
// A kink crossed by a perturbation (relu and the hard rows) could only make g_fd wrong, so a
// pass is never false; h moves each pre-activation by under 1e-5, and the seeded data keep
// every one of them farther than that from each kink.
TEST_CASE("backward pass matches central differences of the loss, every element-wise row", "[trainer]") {
  constexpr double kStep = 1e-6;
  constexpr double kTolerance = 1e-6;
  const std::vector<std::size_t> layers = {3, 5, 4, 2};
  for (const Loss loss : {Loss::meanSquaredError, Loss::binaryCrossEntropy}) {
    const Data data = makeData(6, 3, 2, loss, 11);
    for (const auto* row : elementwiseRows()) {
      INFO(row->id << (loss == Loss::binaryCrossEntropy ? ", cross-entropy" : ", squared error"));
      Network network(specFor(*row, layers, loss, Initialization::glorot, 3));
      std::vector<double> losses(1);
      const std::vector<double> start = network.parameters();
      // One step over the whole data gives the gradient at `start`; then it is put back.
      network.train(data.inputs.data(), data.targets.data(), data.n, {1, data.n, 1e-300, OptimizerKind::sgd},
                    losses.data());
      const std::vector<double> gradient = network.gradients();
      std::size_t offset = 0;
      for (std::size_t l = 0; l + 1 < layers.size(); ++l) {
        const std::size_t count = (layers[l] + 1) * layers[l + 1];
        std::vector<double> analytic, numeric;
        for (std::size_t k = offset; k < offset + count; ++k) {
          std::vector<double>& w = network.parameters();
          w = start;
          w[k] = start[k] + kStep;
          const double above = network.loss(data.inputs.data(), data.targets.data(), data.n);
          w[k] = start[k] - kStep;
          const double below = network.loss(data.inputs.data(), data.targets.data(), data.n);
          analytic.push_back(gradient[k]);
          numeric.push_back((above - below) / (2 * kStep));
        }
        offset += count;
        std::vector<double> difference;
        for (std::size_t k = 0; k < count; ++k) difference.push_back(analytic[k] - numeric[k]);
        INFO("weight layer " << l << ", |g| = " << l2(analytic));
        if (l2(analytic) == 0.0) {
          CHECK(l2(numeric) < 1e-9);  // every unit feeding this layer is dead: no gradient either way
        } else {
          CHECK(l2(difference) / l2(analytic) <= kTolerance);
        }
      }
    }
  }
}

// [2, 2, 1] with relu and squared error, one example, numbers chosen so that every product
// and sum is exact in binary: the expected values are the hand computation's, to the bit.
TEST_CASE("one SGD step of a tiny network, checked by hand", "[trainer]") {
  Network network(specFor(*activations::findActivation("relu"), {2, 2, 1}, Loss::meanSquaredError,
                          Initialization::glorot, 1));
  // W1[i][j] (input i to unit j), b1, W2, b2.
  network.parameters() = {0.5, -1.0, 0.25, 0.25, 0.125, -0.25, 1.5, -0.5, 0.25};
  const std::vector<double> x = {1.0, 2.0};
  const std::vector<double> t = {1.0};
  // z1 = (0.125 + 0.5 + 0.5, -0.25 - 1 + 0.5) = (1.125, -0.75); relu: a1 = (1.125, 0), slopes (1, 0)
  // y = 0.25 + 1.125 * 1.5 = 1.9375; loss = (y - t)^2 = 0.87890625; dL/dy = 2 (y - t) = 1.875
  // dW2 = a1 * 1.875 = (2.109375, 0); db2 = 1.875
  // delta1 = W2 * 1.875 * slopes = (2.8125, 0); dW1[i][j] = x_i delta1_j; db1 = delta1
  std::vector<double> loss(1);
  network.train(x.data(), t.data(), 1, {1, 1, 0.125, OptimizerKind::sgd}, loss.data());
  CHECK(loss[0] == 0.87890625);
  const std::vector<double> expectedGradient = {2.8125, 0, 5.625, 0, 2.8125, 0, 2.109375, 0, 1.875};
  CHECK(network.gradients() == expectedGradient);
  // w -= 0.125 g
  const std::vector<double> expected = {0.1484375, -1.0, -0.453125, 0.25, -0.2265625, -0.25,
                                        1.236328125, -0.5, 0.015625};
  CHECK(network.parameters() == expected);
  // Norms: 2.8125 sqrt(6) for the first layer, sqrt(2.109375^2 + 1.875^2) for the second.
  CHECK_THAT(network.gradientNorms()[0], WithinULP(2.8125 * std::sqrt(6.0), 2));
  CHECK_THAT(network.gradientNorms()[1], WithinULP(std::sqrt(2.109375 * 2.109375 + 1.875 * 1.875), 2));
  // After the update z1 = (-0.2265625 + 0.1484375 - 0.90625, ...) = (-0.984375, ...): both
  // units are off, y = b2 = 0.015625, and the step overshot: loss (0.015625 - 1)^2.
  CHECK(network.loss(x.data(), t.data(), 1) == 0.968994140625);
}

TEST_CASE("momentum and Adam follow their update rules", "[trainer]") {
  const std::vector<double> g1 = {0.5, -2.0, 0.0};
  const std::vector<double> g2 = {0.25, 1.0, -4.0};
  constexpr double lr = 0.125;

  std::vector<double> w = {1.0, 1.0, 1.0};
  trainer::Optimizer momentum(3);
  momentum.step(OptimizerKind::momentum, lr, g1.data(), w.data());
  momentum.step(OptimizerKind::momentum, lr, g2.data(), w.data());
  for (std::size_t i = 0; i < 3; ++i) {
    // v1 = g1, w1 = 1 - lr g1; v2 = 0.9 g1 + g2, w2 = w1 - lr v2.
    const double v2 = trainer::kMomentum * g1[i] + g2[i];
    CHECK(w[i] == (1.0 - lr * g1[i]) - lr * v2);
  }

  std::vector<double> a = {1.0, 1.0, 1.0};
  trainer::Optimizer adam(3);
  adam.step(OptimizerKind::adam, lr, g1.data(), a.data());
  for (std::size_t i = 0; i < 3; ++i) {
    // The first step: m / (1 - b1) = g, s / (1 - b2) = g^2 (to a rounding or two), so each
    // parameter moves by lr g / (|g| + eps): lr sign(g), or nothing where g = 0.
    const double expected = 1.0 - lr * g1[i] / (std::fabs(g1[i]) + trainer::kAdamEpsilon);
    CHECK_THAT(a[i], WithinULP(expected, 4));
  }

  // Switching kinds starts afresh: SGD after momentum is plain SGD.
  std::vector<double> s = {1.0, 1.0, 1.0};
  momentum.step(OptimizerKind::sgd, lr, g2.data(), s.data());
  for (std::size_t i = 0; i < 3; ++i) CHECK(s[i] == 1.0 - lr * g2[i]);
}

TEST_CASE("cross-entropy from the logit is stable and exact where it is known", "[trainer]") {
  const trainer::LossTerm atZero = trainer::crossEntropyFromLogit(0.0, 1.0);
  CHECK_THAT(atZero.value, WithinULP(std::log(2.0), 1));
  CHECK(atZero.gradient == -0.5);
  // Far tails: log(sigmoid(z)) would be log(0) = -inf; here the loss is |z| or a tiny e^-|z|.
  CHECK(trainer::crossEntropyFromLogit(-800.0, 1.0).value == 800.0);
  CHECK(trainer::crossEntropyFromLogit(800.0, 0.0).value == 800.0);
  CHECK(trainer::crossEntropyFromLogit(800.0, 1.0).value == 0.0);
  CHECK(trainer::crossEntropyFromLogit(-800.0, 1.0).gradient == -1.0);
  CHECK_THAT(trainer::crossEntropyFromLogit(40.0, 1.0).value, WithinRel(std::exp(-40.0), 1e-15));
  // log(1 + e) through log alone, against log1p (both within 1 ULP of the true value: 2 ULP apart at most).
  activations::SplitMix64 random(5);
  for (int k = 0; k < 10000; ++k) {
    const double e = std::exp(-40.0 * random.uniform());
    CHECK_THAT(trainer::logOnePlus(e), WithinULP(std::log1p(e), 2));
  }
}

TEST_CASE("training in pieces is training at once, and weights depend on layers, init and seed only", "[trainer]") {
  const auto& tanh = *activations::findActivation("tanh");
  const auto& relu = *activations::findActivation("relu");
  const Data data = makeData(7, 2, 1, Loss::meanSquaredError, 4);
  const TrainOptions options{10, 3, 0.05, OptimizerKind::adam};
  Network whole(specFor(tanh, {2, 4, 1}, Loss::meanSquaredError, Initialization::glorot, 9));
  Network pieces(specFor(tanh, {2, 4, 1}, Loss::meanSquaredError, Initialization::glorot, 9));
  std::vector<double> all(10), first(4), rest(6);
  whole.train(data.inputs.data(), data.targets.data(), data.n, options, all.data());
  pieces.train(data.inputs.data(), data.targets.data(), data.n, {4, 3, 0.05, OptimizerKind::adam}, first.data());
  pieces.train(data.inputs.data(), data.targets.data(), data.n, {6, 3, 0.05, OptimizerKind::adam}, rest.data());
  first.insert(first.end(), rest.begin(), rest.end());
  CHECK(first == all);  // the batches go on where the last call stopped
  CHECK(pieces.parameters() == whole.parameters());

  const Network sameStart(specFor(relu, {2, 4, 1}, Loss::binaryCrossEntropy, Initialization::glorot, 9));
  const Network fresh(specFor(tanh, {2, 4, 1}, Loss::meanSquaredError, Initialization::glorot, 9));
  CHECK(sameStart.parameters() == fresh.parameters());
  const Network otherSeed(specFor(tanh, {2, 4, 1}, Loss::meanSquaredError, Initialization::glorot, 10));
  CHECK(otherSeed.parameters() != fresh.parameters());
}

TEST_CASE("initialisation draws from each scheme's uniform bound, biases 0", "[trainer]") {
  const auto& linear = *activations::findActivation("linear");
  const std::vector<std::size_t> layers = {40, 60, 1};
  for (const Initialization scheme : {Initialization::glorot, Initialization::he, Initialization::lecun}) {
    const Network network(specFor(linear, layers, Loss::meanSquaredError, scheme, 21));
    const std::vector<double>& w = network.parameters();
    const double limit = trainer::uniformLimit(scheme, 40, 60);
    double largest = 0.0, sumSquares = 0.0;
    for (std::size_t k = 0; k < 40 * 60; ++k) {
      largest = std::max(largest, std::fabs(w[k]));
      sumSquares += w[k] * w[k];
    }
    CHECK(largest <= limit);
    CHECK(largest > 0.99 * limit);  // 2,400 draws reach the bound's last percent
    // Variance limit^2 / 3, within 10% (the sample variance of 2,400 uniforms is within ~3.3%
    // at one standard deviation).
    CHECK_THAT(sumSquares / 2400, WithinRel(limit * limit / 3, 0.1));
    for (std::size_t k = 40 * 60; k < 40 * 60 + 60; ++k) CHECK(w[k] == 0.0);
  }
  CHECK(trainer::uniformLimit(Initialization::glorot, 40, 60) == std::sqrt(6.0 / 100));
  CHECK(trainer::uniformLimit(Initialization::he, 40, 60) == std::sqrt(6.0 / 40));
  CHECK(trainer::uniformLimit(Initialization::lecun, 40, 60) == std::sqrt(3.0 / 40));
}

TEST_CASE("statistics: dead units, mean and spread per hidden layer", "[trainer]") {
  const Data data = makeData(50, 2, 1, Loss::meanSquaredError, 6);
  Network network(specFor(*activations::findActivation("relu"), {2, 3, 2, 1}, Loss::meanSquaredError,
                          Initialization::he, 2));
  std::vector<double>& w = network.parameters();
  w[6] = -100.0;  // the first hidden layer's unit 0 has bias -100: relu'(z) = 0 for every input
  std::vector<trainer::LayerStatistics> stats(2);
  network.statistics(data.inputs.data(), data.n, stats.data());
  CHECK(stats[0].deadFraction == 1.0 / 3.0);

  // With the identity as activation, mean and spread are those of the pre-activations,
  // computed here directly in two passes.
  Network linear(specFor(*activations::findActivation("linear"), {2, 3, 1}, Loss::meanSquaredError,
                         Initialization::glorot, 2));
  std::vector<trainer::LayerStatistics> one(1);
  linear.statistics(data.inputs.data(), data.n, one.data());
  std::vector<double> values;
  const std::vector<double>& p = linear.parameters();
  for (std::size_t e = 0; e < data.n; ++e) {
    for (std::size_t j = 0; j < 3; ++j) {
      values.push_back(p[6 + j] + data.inputs[2 * e] * p[j] + data.inputs[2 * e + 1] * p[3 + j]);
    }
  }
  double mean = 0.0;
  for (const double v : values) mean += v;
  mean /= static_cast<double>(values.size());
  double squares = 0.0;
  for (const double v : values) squares += (v - mean) * (v - mean);
  CHECK(one[0].deadFraction == 0.0);
  CHECK_THAT(one[0].mean, WithinRel(mean, 1e-12));
  CHECK_THAT(one[0].spread, WithinRel(std::sqrt(squares / static_cast<double>(values.size())), 1e-12));
}

TEST_CASE("a diverging run gives non-finite losses and the network stays usable", "[trainer]") {
  const Data data = makeData(20, 2, 1, Loss::meanSquaredError, 8);
  for (const char* id : {"linear", "relu", "tanh", "selu"}) {
    INFO(id);
    Network network(specFor(*activations::findActivation(id), {2, 8, 8, 1}, Loss::meanSquaredError,
                            Initialization::glorot, 1));
    std::vector<double> losses(200);
    network.train(data.inputs.data(), data.targets.data(), data.n, {200, 10, 1e300, OptimizerKind::sgd},
                  losses.data());
    CHECK_FALSE(std::isfinite(losses.back()));
    std::vector<double> out(data.n);
    network.predict(data.inputs.data(), data.n, out.data());  // predicts, whatever it says
    std::vector<trainer::LayerStatistics> stats(2);
    network.statistics(data.inputs.data(), data.n, stats.data());
    CHECK(stats[0].deadFraction >= 0.0);
    CHECK(stats[0].deadFraction <= 1.0);
  }
}

// ---- The same bits natively and in wasm.
// Three runs per row (squared error with SGD and Glorot; cross-entropy with momentum and He;
// squared error with Adam and LeCun), hashed (FNV-1a over the bit patterns of every loss and
// of the final parameters). Both builds compare their hash with tests/cpp/trainer_digests.txt,
// one line per row, so a pass in both means they agree with each other. The native test runs
// with glibc's FMA-compiled exp and log switched off (CMakeLists.txt), so exp and log are the
// same code as musl's. Rows whose kernels call another libm function (its code differs between
// glibc and musl, and so do some of its results: measured over 600,000 points) cannot be the
// same to the bit; they are listed below with the function, and checked for determinism only.
namespace {

const std::map<std::string, std::string> kLibmDifferent = {
    {"tanh", "tanh"},         {"tanhshrink", "tanh"}, {"elu", "expm1"},          {"celu", "expm1"},
    {"selu", "expm1"},        {"gelu", "erfc"},       {"softplus", "log1p"},     {"logsigmoid", "log1p"},
    {"lisht", "tanh"},        {"elish", "expm1"},     {"sine", "sin"},           {"snake", "sin"},
    {"squareplus", "hypot"},
};

std::uint64_t trainingDigest(const activations::ActivationSpec& row) {
  struct Run {
    std::vector<std::size_t> layers;
    Loss loss;
    Initialization initialization;
    OptimizerKind optimizer;
    double learningRate;
  };
  const std::vector<Run> runs = {
      {{2, 6, 5, 1}, Loss::meanSquaredError, Initialization::glorot, OptimizerKind::sgd, 0.05},
      {{2, 5, 5, 2}, Loss::binaryCrossEntropy, Initialization::he, OptimizerKind::momentum, 0.02},
      {{3, 4, 1}, Loss::meanSquaredError, Initialization::lecun, OptimizerKind::adam, 0.01},
  };
  std::uint64_t hash = 14695981039346656037u;
  const auto mix = [&hash](double x) { hash = (hash ^ bitsOf(x)) * 1099511628211u; };
  for (const Run& run : runs) {
    const Data data = makeData(13, run.layers.front(), run.layers.back(), run.loss, 2024);
    Network network(specFor(row, run.layers, run.loss, run.initialization, 7));
    std::vector<double> losses(30);
    network.train(data.inputs.data(), data.targets.data(), data.n, {30, 4, run.learningRate, run.optimizer},
                  losses.data());
    for (const double loss : losses) mix(loss);
    for (const double w : network.parameters()) mix(w);
  }
  return hash;
}

std::map<std::string, std::string> committedDigests() {
  std::ifstream file(TRAINER_DIGESTS);
  std::map<std::string, std::string> digests;
  for (std::string id, digest; file >> id >> digest;) digests[id] = digest;
  return digests;
}

std::string hex(std::uint64_t value) {
  std::ostringstream out;
  out << std::hex << value;
  return out.str();
}

}  // namespace

TEST_CASE("same seed, same losses to the bit, natively and in wasm", "[trainer]") {
  const std::map<std::string, std::string> committed = committedDigests();
  REQUIRE_FALSE(committed.empty());
  for (const auto* row : elementwiseRows()) {
    const std::string digest = hex(trainingDigest(*row));
    INFO(row->id << " " << digest);
    CHECK(digest == hex(trainingDigest(*row)));  // deterministic within a build
    const std::string id(row->id);
    const bool different = kLibmDifferent.count(id) == 1;
    // Every row is either expected the same in both builds or named with the function that differs.
    CHECK(committed.count(id) == (different ? 0u : 1u));
    if (!different && committed.count(id)) CHECK(committed.at(id) == digest);
  }
}
