#include "catalog.hpp"

#include <algorithm>
#include <utility>

#include "gated.hpp"
#include "kernels/classic.hpp"
#include "kernels/hard.hpp"
#include "kernels/periodic.hpp"
#include "kernels/relu_family.hpp"
#include "kernels/self_gated.hpp"
#include "kernels/smooth.hpp"
#include "kernels/squareplus.hpp"
#include "naive.hpp"
#include "softmax.hpp"
#include "sparse_maps.hpp"

namespace activations {
namespace {

// One loop per activation with the point kernel inlined into it, so the compiler can
// vectorise it; the catalogue stores the instantiation.
template <PointKernel kernel>
void evaluateBatch(const double* xs, std::size_t n, const double* parameters, double* values,
                   double* derivatives) {
  for (std::size_t i = 0; i < n; ++i) {
    const ValueAndDerivative r = kernel(xs[i], parameters);
    values[i] = r.value;
    derivatives[i] = r.derivative;
  }
}

// Kink positions: a constant, or a parameter (negated), in the row's parameter order.
template <int position>
double at(const double* /*parameters*/) {
  return position;
}
template <int index>
double parameter(const double* parameters) {
  return parameters[index];
}
template <int index>
double minusParameter(const double* parameters) {
  return -parameters[index];
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// The standard SELU constants (Klambauer et al. 2017), which make it self-normalising.
constexpr double kSeluAlpha = 1.6732632423543772;
constexpr double kSeluScale = 1.0507009873554805;

// The minima the smooth functions attain where f' = 0 (mpmath at 40 digits; the page writes them
// as the closed end of the range, [-0.2785, inf)), each moved 4 ULP down: bounds the kernels'
// outputs, within 3 ULP of the true values, never cross.
constexpr double kSiluMinimum = -0.278464542761074;       // at x = -1.27846 (beta = 1); also swiglu's gate
constexpr double kMishMinimum = -0.30884341301725066;     // at x = -1.19243
constexpr double kGeluMinimum = -0.16997120747990377;     // at x = -0.75179; also geglu's gate
constexpr double kGeluTanhMinimum = -0.17004075057125417;  // at x = -0.75246
constexpr double kQuickGeluMinimum = -0.16361018963635368; // at x = -0.75115
constexpr double kElishMinimum = -0.17157287525381001;    // 2 sqrt(2) - 3, at x = -ln(1 + sqrt(2))

// Appends one catalogue row and sets its properties; every property not set keeps
// ActivationSpec's default: a plain, unbounded, non-monotonic, nowhere-saturating C-infinity
// function. The row is built in place (the builder holds a reference): no copies.
class Row {
 public:
  Row(std::vector<ActivationSpec>& table, const char* id, Family family, BatchKernel stable)
      : Row(table, id, Kind::elementwise, family) {
    spec_.stable = stable;
  }
  Row(std::vector<ActivationSpec>& table, const char* id, VectorKernel stable)
      : Row(table, id, Kind::vector, Family::vector) {
    spec_.vectorStable = stable;
  }
  Row(std::vector<ActivationSpec>& table, const char* id, GatedKernel gated)
      : Row(table, id, Kind::gated, Family::gated) {
    spec_.gated = gated;
  }
  Row(const Row&) = delete;
  Row& naive(BatchKernel kernel) { return set(spec_.naive, kernel); }
  Row& naive(VectorKernel kernel) { return set(spec_.vectorNaive, kernel); }
  Row& parameter(const char* id, double defaultValue, double min, double max, double step) {
    spec_.parameters.push_back({id, defaultValue, min, max, step});
    return *this;
  }
  Row& preset(const char* id, std::vector<double> values) {
    spec_.presets.push_back({id, std::move(values)});
    return *this;
  }
  Row& range(double min, double max) {
    spec_.rangeMin = min;
    spec_.rangeMax = max;
    return *this;
  }
  Row& monotonic() { return set(spec_.monotonic, true); }
  Row& continuity(double k) { return set(spec_.continuity, k); }
  Row& zeroCentred() { return set(spec_.zeroCentred, true); }
  Row& saturates(Saturation where) { return set(spec_.saturates, where); }
  Row& unboundedDerivative() { return set(spec_.boundedDerivative, false); }
  Row& periodic() { return set(spec_.periodic, true); }
  // A kink where f is continuous, and the side f'(at) is taken from.
  Row& kink(KinkPosition at, Side derivativeFrom) {
    spec_.kinks.push_back({at, true, Side::left, derivativeFrom});
    return *this;
  }
  // A jump in f, and the sides f(at) and f'(at) are taken from.
  Row& jump(KinkPosition at, Side valueFrom, Side derivativeFrom) {
    spec_.kinks.push_back({at, false, valueFrom, derivativeFrom});
    return *this;
  }

 private:
  // Out of line: ActivationSpec's default member initialisers, inlined into every row, would
  // cost ~180 bytes of wasm a row.
  [[gnu::noinline]] Row(std::vector<ActivationSpec>& table, const char* id, Kind kind, Family family)
      : spec_(table.emplace_back()) {
    spec_.id = id;
    spec_.kind = kind;
    spec_.family = family;
  }

  template <class Field, class Value>
  Row& set(Field& field, Value value) {
    field = std::move(value);
    return *this;
  }

  ActivationSpec& spec_;
};

// Runs once, at start-up: `cold` has it compiled for size.
[[gnu::cold]] std::vector<ActivationSpec> buildCatalog() {
  using namespace stable;
  std::vector<ActivationSpec> specs;
  specs.reserve(64);  // each Row holds a reference into it: no reallocation while rows are added
  const auto row = [&specs](auto... arguments) { return Row(specs, arguments...); };
  using F = Family;
  using S = Saturation;
  constexpr Side left = Side::left;
  constexpr Side right = Side::right;
  {
      // ---- classic
      row("linear", F::classic, evaluateBatch<linear>).naive(evaluateBatch<naive::linear>).monotonic().zeroCentred();
      row("sigmoid", F::classic, evaluateBatch<sigmoid>)
          .naive(evaluateBatch<naive::sigmoid>)
          .range(0.0, 1.0)
          .monotonic()
          .saturates(S::both);
      row("tanh", F::classic, evaluateBatch<tanh>)
          .naive(evaluateBatch<naive::tanh>)
          .range(-1.0, 1.0)
          .monotonic()
          .zeroCentred()
          .saturates(S::both);
      row("softsign", F::classic, evaluateBatch<softsign>)
          .range(-1.0, 1.0)
          .monotonic()
          .continuity(1)
          .zeroCentred()
          .saturates(S::both);
      row("exponential", F::classic, evaluateBatch<exponential>)
          .range(0.0, kInf)
          .monotonic()
          .saturates(S::negative)
          .unboundedDerivative();
      row("gaussian", F::classic, evaluateBatch<gaussianBump>).range(0.0, 1.0).saturates(S::both);
      // ---- ReLU family
      row("relu", F::relu, evaluateBatch<relu>)
          .naive(evaluateBatch<naive::relu>)
          .range(0.0, kInf)
          .monotonic()
          .continuity(0)
          .saturates(S::negative)
          .kink(at<0>, left);
      row("leaky_relu", F::relu, evaluateBatch<leakyRelu>)
          .parameter("negative_slope", 0.01, 0.0, 1.0, 0.01)
          .preset("pytorch", {0.01})
          .preset("keras", {0.2})
          .preset("keras_layer", {0.3})
          .monotonic()
          .continuity(0)
          .kink(at<0>, left);
      row("prelu", F::relu, evaluateBatch<prelu>)
          .parameter("weight", 0.25, -1.0, 1.0, 0.01)
          .monotonic()
          .continuity(0)
          .kink(at<0>, left);
      row("rrelu", F::relu, evaluateBatch<rrelu>)
          .parameter("lower", 0.125, 0.0, 1.0, 0.005)
          .parameter("upper", 1.0 / 3.0, 0.0, 1.0, 0.005)
          .monotonic()
          .continuity(0)
          .kink(at<0>, left);
      row("relu6", F::relu, evaluateBatch<relu6>)
          .range(0.0, 6.0)
          .monotonic()
          .continuity(0)
          .saturates(S::both)
          .kink(at<0>, left)
          .kink(at<6>, right);
      row("relu_squared", F::relu, evaluateBatch<reluSquared>)
          .range(0.0, kInf)
          .monotonic()
          .continuity(1)
          .saturates(S::negative)
          .unboundedDerivative();
      row("elu", F::relu, evaluateBatch<elu>)
          .parameter("alpha", 1.0, 0.0, 5.0, 0.01)
          .range(-1.0, kInf)
          .monotonic()
          .continuity(1)
          .saturates(S::negative)
          .kink(at<0>, left);
      row("celu", F::relu, evaluateBatch<celu>)
          .parameter("alpha", 1.0, 0.01, 5.0, 0.01)
          .range(-1.0, kInf)
          .monotonic()
          .continuity(1)
          .saturates(S::negative);
      row("selu", F::relu, evaluateBatch<selu>)
          .naive(evaluateBatch<naive::selu>)
          .parameter("alpha", kSeluAlpha, 0.0, 5.0, 0.01)
          .parameter("scale", kSeluScale, 0.1, 3.0, 0.01)
          .preset("standard", {kSeluAlpha, kSeluScale})
          .preset("notebook", {3.0, 1.0})
          .range(-kSeluScale * kSeluAlpha, kInf)
          .monotonic()
          .continuity(0)
          .zeroCentred()
          .saturates(S::negative)
          .kink(at<0>, left);
      // ---- smooth and self-gated
      row("silu", F::smooth, evaluateBatch<silu>)
          .parameter("beta", 1.0, 0.0, 10.0, 0.01)
          .range(kSiluMinimum, kInf)
          .saturates(S::negative);
      row("mish", F::smooth, evaluateBatch<mish>).range(kMishMinimum, kInf).saturates(S::negative);
      row("gelu", F::smooth, evaluateBatch<gelu>).range(kGeluMinimum, kInf).saturates(S::negative);
      row("gelu_tanh", F::smooth, evaluateBatch<geluTanh>).range(kGeluTanhMinimum, kInf).saturates(S::negative);
      row("quick_gelu", F::smooth, evaluateBatch<quickGelu>).range(kQuickGeluMinimum, kInf).saturates(S::negative);
      row("softplus", F::smooth, evaluateBatch<softplus>)
          .parameter("beta", 1.0, 0.01, 10.0, 0.01)
          .parameter("threshold", 20.0, 1.0, 50.0, 1.0)
          .range(0.0, kInf)
          .monotonic()
          .continuity(kJump)
          .saturates(S::negative)
          .jump([](const double* p) { return p[1] / p[0]; }, left, left);
      row("squareplus", F::smooth, evaluateBatch<squareplus>)
          .parameter("b", 4.0, 0.01, 20.0, 0.01)
          .range(0.0, kInf)
          .monotonic()
          .saturates(S::negative);
      row("logsigmoid", F::smooth, evaluateBatch<logsigmoid>)
          .range(-kInf, 0.0)
          .monotonic()
          .saturates(S::positive);
      row("lisht", F::smooth, evaluateBatch<lisht>).range(0.0, kInf);
      row("elish", F::smooth, evaluateBatch<elish>).range(kElishMinimum, kInf).continuity(1).saturates(S::negative);
      // ---- hard and shrink
      row("hardtanh", F::hard, evaluateBatch<hardtanh>)
          .parameter("min_val", -1.0, -5.0, 0.0, 0.1)
          .parameter("max_val", 1.0, 0.0, 5.0, 0.1)
          .range(-1.0, 1.0)
          .monotonic()
          .continuity(0)
          .zeroCentred()
          .saturates(S::both)
          .kink(parameter<0>, left)
          .kink(parameter<1>, right);
      row("hardsigmoid", F::hard, evaluateBatch<hardsigmoid>)
          .range(0.0, 1.0)
          .monotonic()
          .continuity(0)
          .saturates(S::both)
          .kink(at<-3>, left)
          .kink(at<3>, right);
      row("hardswish", F::hard, evaluateBatch<hardswish>)
          .range(-0.375, kInf)
          .continuity(0)
          .saturates(S::negative)
          .kink(at<-3>, right)
          .kink(at<3>, left);
      row("sparse_plus", F::hard, evaluateBatch<sparsePlus>)
          .range(0.0, kInf)
          .monotonic()
          .continuity(1)
          .saturates(S::negative);
      row("sparse_sigmoid", F::hard, evaluateBatch<sparseSigmoid>)
          .range(0.0, 1.0)
          .monotonic()
          .continuity(0)
          .saturates(S::both)
          .kink(at<-1>, left)
          .kink(at<1>, right);
      row("softshrink", F::hard, evaluateBatch<softshrink>)
          .parameter("lambd", 0.5, 0.0, 5.0, 0.01)
          .monotonic()
          .continuity(0)
          .zeroCentred()
          .kink(minusParameter<0>, right)
          .kink(parameter<0>, left);
      row("hardshrink", F::hard, evaluateBatch<hardshrink>)
          .parameter("lambd", 0.5, 0.0, 5.0, 0.01)
          .monotonic()
          .continuity(kJump)
          .zeroCentred()
          .jump(minusParameter<0>, right, right)
          .jump(parameter<0>, left, left);
      row("tanhshrink", F::hard, evaluateBatch<tanhshrink>).monotonic().zeroCentred();
      row("threshold", F::hard, evaluateBatch<threshold>)
          .parameter("threshold", 0.5, -5.0, 5.0, 0.1)
          .parameter("value", 0.0, -5.0, 5.0, 0.1)
          .range(0.0, kInf)
          .monotonic()
          .continuity(kJump)
          .saturates(S::negative)
          .jump(parameter<0>, left, left);
      // ---- periodic
      row("snake", F::periodic, evaluateBatch<snake>)
          .parameter("a", 1.0, 0.1, 10.0, 0.1)
          .monotonic()
          .zeroCentred()
          .periodic();
      row("sine", F::periodic, evaluateBatch<sine>)
          .parameter("w", 1.0, 0.1, 30.0, 0.1)
          .range(-1.0, 1.0)
          .zeroCentred()
          .periodic();
      // ---- vector functions; the temperature's slider spans 0.01..100, the API takes any T > 0
      row("softmax", softmax)
          .naive(naive::softmax)
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(0.0, 1.0)
          .monotonic()
          .saturates(S::both);
      row("log_softmax", logSoftmax)
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(-kInf, 0.0)
          .monotonic()
          .saturates(S::both);
      row("softmin", softmin)
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(0.0, 1.0)
          .saturates(S::both);
      row("sparsemax", sparsemax)
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(0.0, 1.0)
          .monotonic()
          .continuity(0)
          .saturates(S::both);
      row("entmax15", entmax15)
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(0.0, 1.0)
          .monotonic()
          .continuity(1)
          .saturates(S::both);
      // ---- gated: f(a; b) = a g(b); range and properties are those of the gate g
      row("glu", gated::glu).range(0.0, 1.0).monotonic().saturates(S::both);
      row("reglu", gated::reglu).range(0.0, kInf).monotonic().continuity(0).saturates(S::negative).kink(at<0>, left);
      row("geglu", gated::geglu).range(kGeluMinimum, kInf).saturates(S::negative);
      row("swiglu", gated::swiglu).range(kSiluMinimum, kInf).saturates(S::negative);
  }
  return specs;
}

}  // namespace

std::vector<double> ActivationSpec::defaults() const {
  std::vector<double> values;
  for (const auto& p : parameters) values.push_back(p.defaultValue);
  return values;
}

const std::vector<ActivationSpec>& catalog() {
  static const std::vector<ActivationSpec> rows = buildCatalog();
  return rows;
}

const ActivationSpec* findActivation(std::string_view id) {
  const auto& rows = catalog();
  const auto it =
      std::find_if(rows.begin(), rows.end(), [&](const ActivationSpec& row) { return row.id == id; });
  return it == rows.end() ? nullptr : &*it;
}

const char* kindName(Kind kind) {
  switch (kind) {
    case Kind::vector: return "vector";
    case Kind::gated: return "gated";
    default: return "elementwise";
  }
}

const char* familyName(Family family) {
  switch (family) {
    case Family::classic: return "classic";
    case Family::relu: return "relu";
    case Family::smooth: return "smooth";
    case Family::hard: return "hard";
    case Family::periodic: return "periodic";
    case Family::vector: return "vector";
    default: return "gated";
  }
}

const char* saturationName(Saturation saturation) {
  switch (saturation) {
    case Saturation::negative: return "negative";
    case Saturation::positive: return "positive";
    case Saturation::both: return "both";
    default: return "none";
  }
}

const char* sideName(Side side) { return side == Side::left ? "left" : "right"; }

}  // namespace activations
