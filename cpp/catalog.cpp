#include "catalog.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "kernels/classic.hpp"
#include "kernels/hard.hpp"
#include "kernels/relu_family.hpp"
#include "kernels/smooth.hpp"
#include "naive.hpp"
#include "softmax.hpp"

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

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kJump = -1.0;

// The standard SELU constants (Klambauer et al. 2017), which make it self-normalising.
constexpr double kSeluAlpha = 1.6732632423543772;
constexpr double kSeluScale = 1.0507009873554805;

// Builds one catalogue row; every property not set keeps the value of a plain, unbounded,
// non-monotonic, nowhere-saturating C-infinity function.
class Row {
 public:
  Row(const char* id, const char* name, const char* family, BatchKernel stable) {
    spec_.id = id;
    spec_.name = name;
    spec_.kind = Kind::elementwise;
    spec_.family = family;
    spec_.stable = stable;
  }
  Row(const char* id, const char* name, VectorKernel stable) {
    spec_.id = id;
    spec_.name = name;
    spec_.kind = Kind::vector;
    spec_.family = "vector";
    spec_.vectorStable = stable;
  }
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
  Row& saturates(const char* where) { return set(spec_.saturates, std::string(where)); }
  Row& kink(const char* at, const char* valueFrom, const char* derivativeFrom) {
    spec_.kinks.push_back({at, valueFrom, derivativeFrom});
    return *this;
  }
  Row& formulas(const char* value, const char* derivative) {
    spec_.valueFormula = value;
    spec_.derivativeFormula = derivative;
    return *this;
  }
  Row& follows(const char* convention) { return set(spec_.follows, std::string(convention)); }
  ActivationSpec build() const { return spec_; }

 private:
  template <class Field, class Value>
  Row& set(Field& field, Value value) {
    field = std::move(value);
    return *this;
  }

  ActivationSpec spec_{"", "", Kind::elementwise, "", {}, {}, -kInf, kInf, false, kSmooth, false,
                       "none", {}, "", "", "", nullptr, nullptr, nullptr, nullptr};
};

// Runs once, at start-up: `cold` has it compiled for size, which takes 12 KB off the wasm.
[[gnu::cold]] std::vector<ActivationSpec> buildCatalog() {
  using namespace stable;
  const std::vector<Row> rows = {
      // ---- classic
      Row("linear", "Linear", "classic", evaluateBatch<linear>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>x</mi></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mn>1</mn></math>)mml")
          .naive(evaluateBatch<naive::linear>)
          .monotonic()
          .zeroCentred()
          .follows("Keras linear (the identity)"),
      Row("sigmoid", "Sigmoid", "classic", evaluateBatch<sigmoid>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow></mfrac></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow><mrow><mo>(</mo><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow><mo>)</mo></mrow></math>)mml")
          .naive(evaluateBatch<naive::sigmoid>)
          .range(0.0, 1.0)
          .monotonic()
          .saturates("both")
          .follows("PyTorch nn.Sigmoid, Keras sigmoid"),
      Row("tanh", "Tanh", "classic", evaluateBatch<tanh>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>tanh</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><mrow><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow><mrow><msup><mi>e</mi><mi>x</mi></msup><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow></mfrac></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mn>1</mn><mo>−</mo><msup><mi>tanh</mi><mn>2</mn></msup><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><msup><mi>sech</mi><mn>2</mn></msup><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></math>)mml")
          .naive(evaluateBatch<naive::tanh>)
          .range(-1.0, 1.0)
          .monotonic()
          .zeroCentred()
          .saturates("both")
          .follows("PyTorch nn.Tanh, Keras tanh"),
      Row("softsign", "Softsign", "classic", evaluateBatch<softsign>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><mi>x</mi><mrow><mn>1</mn><mo>+</mo><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow></mrow></mfrac></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><mn>1</mn><msup><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>)</mo></mrow><mn>2</mn></msup></mfrac></math>)mml")
          .range(-1.0, 1.0)
          .monotonic()
          .continuity(1)
          .zeroCentred()
          .saturates("both")
          .follows("PyTorch nn.Softsign, Keras softsign"),
      // ---- ReLU family
      Row("relu", "ReLU", "relu", evaluateBatch<relu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>max</mi><mrow><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .naive(evaluateBatch<naive::relu>)
          .range(0.0, kInf)
          .monotonic()
          .continuity(0)
          .saturates("negative")
          .kink("0", "both", "left")
          .follows("PyTorch nn.ReLU, Keras relu; relu'(0) = 0 as in PyTorch's autograd"),
      Row("leaky_relu", "Leaky ReLU", "relu", evaluateBatch<leakyRelu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>a</mi><mi>x</mi></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mi>a</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("negative_slope", 0.01, 0.0, 1.0, 0.01)
          .preset("pytorch", {0.01})
          .preset("keras", {0.2})
          .monotonic()
          .continuity(0)
          .kink("0", "both", "left")
          .follows("PyTorch nn.LeakyReLU (negative_slope 0.01); Keras's leaky_relu defaults to 0.2"),
      Row("prelu", "PReLU", "relu", evaluateBatch<prelu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>w</mi><mi>x</mi></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mi>w</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("weight", 0.25, -1.0, 1.0, 0.01)
          .monotonic()
          .continuity(0)
          .kink("0", "both", "left")
          .follows("PyTorch nn.PReLU (one shared weight, initialised to 0.25 and learned in training)"),
      Row("relu6", "ReLU6", "relu", evaluateBatch<relu6>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>min</mi><mrow><mo>(</mo><mi>max</mi><mrow><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo></mrow><mo>,</mo><mn>6</mn><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mn>0</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>6</mn></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≥</mo><mn>6</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .range(0.0, 6.0)
          .monotonic()
          .continuity(0)
          .saturates("both")
          .kink("0", "both", "left")
          .kink("6", "both", "right")
          .follows("PyTorch nn.ReLU6, Keras relu6; f' = 0 at both kinks, as in PyTorch"),
      Row("elu", "ELU", "relu", evaluateBatch<elu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>α</mi><mrow><mo>(</mo><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo><mn>1</mn><mo>)</mo></mrow></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>α</mi><msup><mi>e</mi><mi>x</mi></msup></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("alpha", 1.0, 0.0, 5.0, 0.01)
          .range(-1.0, kInf)
          .monotonic()
          .continuity(1)
          .saturates("negative")
          .kink("0", "both", "left")
          .follows("PyTorch nn.ELU (alpha 1), Keras elu"),
      Row("celu", "CELU", "relu", evaluateBatch<celu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>α</mi><mrow><mo>(</mo><msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup><mo>−</mo><mn>1</mn><mo>)</mo></mrow></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("alpha", 1.0, 0.01, 5.0, 0.01)
          .range(-1.0, kInf)
          .monotonic()
          .continuity(1)
          .saturates("negative")
          .follows("PyTorch nn.CELU (alpha 1)"),
      Row("selu", "SELU", "relu", evaluateBatch<selu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>scale</mi><mo>·</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>α</mi><mrow><mo>(</mo><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo><mn>1</mn><mo>)</mo></mrow></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>scale</mi><mo>·</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>α</mi><msup><mi>e</mi><mi>x</mi></msup></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .naive(evaluateBatch<naive::selu>)
          .parameter("alpha", kSeluAlpha, 0.0, 5.0, 0.01)
          .parameter("scale", kSeluScale, 0.1, 3.0, 0.01)
          .preset("standard", {kSeluAlpha, kSeluScale})
          .preset("notebook", {3.0, 1.0})
          .range(-kSeluScale * kSeluAlpha, kInf)
          .monotonic()
          .continuity(0)
          .zeroCentred()
          .saturates("negative")
          .kink("0", "both", "left")
          .follows("PyTorch nn.SELU, Keras selu (the standard constants)"),
      // ---- smooth and self-gated
      Row("silu", "SiLU / Swish", "smooth", evaluateBatch<silu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>x</mi><mrow><mi>σ</mi><mrow><mo>(</mo><mrow><mi>β</mi><mi>x</mi></mrow><mo>)</mo></mrow></mrow><mo>=</mo><mfrac><mi>x</mi><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>β</mi><mi>x</mi></mrow></msup></mrow></mfrac></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mrow><mi>β</mi><mi>x</mi></mrow><mo>)</mo></mrow></mrow><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mi>β</mi><mi>x</mi><mrow><mo>(</mo><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mrow><mi>β</mi><mi>x</mi></mrow><mo>)</mo></mrow></mrow><mo>)</mo></mrow><mo>)</mo></mrow></math>)mml")
          .parameter("beta", 1.0, 0.0, 10.0, 0.01)
          .range(-0.2785, kInf)
          .saturates("negative")
          .follows("PyTorch nn.SiLU and Keras swish are beta = 1; beta is Swish's trainable parameter"),
      Row("mish", "Mish", "smooth", evaluateBatch<mish>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>x</mi><mo>·</mo><mi>tanh</mi><mrow><mo>(</mo><mrow><mi>ln</mi><mrow><mo>(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi><mi>x</mi></msup><mo>)</mo></mrow></mrow><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>tanh</mi><mrow><mo>(</mo><mi>s</mi><mo>)</mo></mrow><mo>+</mo><mi>x</mi><mo>·</mo><msup><mi>sech</mi><mn>2</mn></msup><mrow><mo>(</mo><mi>s</mi><mo>)</mo></mrow><mo>·</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow><mo>,</mo><mtext> </mtext><mi>s</mi><mo>=</mo><mrow><mi>ln</mi><mrow><mo>(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi><mi>x</mi></msup><mo>)</mo></mrow></mrow></math>)mml")
          .range(-0.3089, kInf)
          .saturates("negative")
          .follows("PyTorch nn.Mish"),
      Row("gelu", "GELU", "smooth", evaluateBatch<gelu>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>x</mi><mi>Φ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><mi>x</mi><mn>2</mn></mfrac><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mi>erf</mi><mrow><mo>(</mo><mfrac><mi>x</mi><msqrt><mn>2</mn></msqrt></mfrac><mo>)</mo></mrow><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>Φ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>+</mo><mi>x</mi><mi>φ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>,</mo><mtext> </mtext><mi>φ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><msup><mi>e</mi><mrow><mo>−</mo><msup><mi>x</mi><mn>2</mn></msup><mo>/</mo><mn>2</mn></mrow></msup><msqrt><mn>2</mn><mi>π</mi></msqrt></mfrac></math>)mml")
          .range(-0.1701, kInf)
          .saturates("negative")
          .follows("PyTorch nn.GELU() and Keras gelu(approximate=False): the exact erf form; "
                   "JAX's jax.nn.gelu defaults to the tanh form (gelu_tanh)"),
      Row("gelu_tanh", "GELU (tanh)", "smooth", evaluateBatch<geluTanh>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><mi>x</mi><mn>2</mn></mfrac><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mi>tanh</mi><mrow><mo>(</mo><mi>u</mi><mo>)</mo></mrow><mo>)</mo></mrow><mo>,</mo><mtext> </mtext><mi>u</mi><mo>=</mo><msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt><mrow><mo>(</mo><mi>x</mi><mo>+</mo><mn>0.044715</mn><msup><mi>x</mi><mn>3</mn></msup><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mi>tanh</mi><mrow><mo>(</mo><mi>u</mi><mo>)</mo></mrow><mo>)</mo></mrow><mo>+</mo><mfrac><mi>x</mi><mn>2</mn></mfrac><msup><mi>sech</mi><mn>2</mn></msup><mrow><mo>(</mo><mi>u</mi><mo>)</mo></mrow><msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mn>3</mn><mo>·</mo><mn>0.044715</mn><msup><mi>x</mi><mn>2</mn></msup><mo>)</mo></mrow></math>)mml")
          .range(-0.1702, kInf)
          .saturates("negative")
          .follows("PyTorch nn.GELU(approximate='tanh'), jax.nn.gelu's default"),
      Row("softplus", "Softplus", "smooth", evaluateBatch<softplus>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mrow><mfrac><mn>1</mn><mi>β</mi></mfrac><mi>ln</mi><mrow><mo>(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mi>β</mi><mi>x</mi></mrow></msup><mo>)</mo></mrow></mrow><mo>,</mo></mtd><mtd><mrow><mrow><mi>β</mi><mi>x</mi></mrow><mo>≤</mo><mi>θ</mi></mrow></mtd></mtr><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mrow><mi>β</mi><mi>x</mi></mrow><mo>&gt;</mo><mi>θ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mrow><mi>σ</mi><mrow><mo>(</mo><mrow><mi>β</mi><mi>x</mi></mrow><mo>)</mo></mrow></mrow><mo>,</mo></mtd><mtd><mrow><mrow><mi>β</mi><mi>x</mi></mrow><mo>≤</mo><mi>θ</mi></mrow></mtd></mtr><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mrow><mi>β</mi><mi>x</mi></mrow><mo>&gt;</mo><mi>θ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("beta", 1.0, 0.01, 10.0, 0.01)
          .parameter("threshold", 20.0, 1.0, 50.0, 1.0)
          .range(0.0, kInf)
          .monotonic()
          .continuity(kJump)
          .saturates("negative")
          .kink("threshold/beta", "left", "left")
          .follows("PyTorch nn.Softplus: x itself where beta x > threshold, which leaves a jump of "
                   "log1p(exp(-threshold)) / beta (2e-9 at the defaults)"),
      Row("logsigmoid", "LogSigmoid", "smooth", evaluateBatch<logsigmoid>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>ln</mi><mrow><mo>(</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow><mo>)</mo></mrow><mo>=</mo><mo>−</mo><mi>ln</mi><mrow><mo>(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mrow><mo>−</mo><mi>x</mi></mrow><mo>)</mo></mrow></mrow><mo>=</mo><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow></math>)mml")
          .range(-kInf, 0.0)
          .monotonic()
          .saturates("positive")
          .follows("PyTorch nn.LogSigmoid"),
      // ---- hard and shrink
      Row("hardtanh", "Hardtanh", "hard", evaluateBatch<hardtanh>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>min</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&lt;</mo><mi>min</mi></mrow></mtd></mtr><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>min</mi><mo>≤</mo><mi>x</mi><mo>≤</mo><mi>max</mi></mrow></mtd></mtr><mtr><mtd><mi>max</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mi>max</mi></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mi>min</mi></mrow></mtd></mtr><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>min</mi><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mi>max</mi></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≥</mo><mi>max</mi></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("min_val", -1.0, -5.0, 0.0, 0.1)
          .parameter("max_val", 1.0, 0.0, 5.0, 0.1)
          .range(-1.0, 1.0)
          .monotonic()
          .continuity(0)
          .zeroCentred()
          .saturates("both")
          .kink("min_val", "both", "left")
          .kink("max_val", "both", "right")
          .follows("PyTorch nn.Hardtanh; f' = 0 at both kinks"),
      Row("hardsigmoid", "Hardsigmoid", "hard", evaluateBatch<hardsigmoid>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mrow><mo>−</mo><mn>3</mn></mrow></mrow></mtd></mtr><mtr><mtd><mrow><mfrac><mi>x</mi><mn>6</mn></mfrac><mo>+</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><mo>,</mo></mtd><mtd><mrow><mrow><mo>−</mo><mn>3</mn></mrow><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn></mrow></mtd></mtr><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≥</mo><mn>3</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mrow><mo>−</mo><mn>3</mn></mrow></mrow></mtd></mtr><mtr><mtd><mfrac><mn>1</mn><mn>6</mn></mfrac><mo>,</mo></mtd><mtd><mrow><mrow><mo>−</mo><mn>3</mn></mrow><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≥</mo><mn>3</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .range(0.0, 1.0)
          .monotonic()
          .continuity(0)
          .saturates("both")
          .kink("-3", "both", "left")
          .kink("3", "both", "right")
          .follows("PyTorch nn.Hardsigmoid and Keras 3 hard_sigmoid: relu6(x + 3) / 6; "
                   "Keras 2 used clip(0.2 x + 0.5, 0, 1)"),
      Row("hardswish", "Hardswish", "hard", evaluateBatch<hardswish>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mrow><mo>−</mo><mn>3</mn></mrow></mrow></mtd></mtr><mtr><mtd><mfrac><mrow><mi>x</mi><mrow><mo>(</mo><mi>x</mi><mo>+</mo><mn>3</mn><mo>)</mo></mrow></mrow><mn>6</mn></mfrac><mo>,</mo></mtd><mtd><mrow><mrow><mo>−</mo><mn>3</mn></mrow><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn></mrow></mtd></mtr><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≥</mo><mn>3</mn></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&lt;</mo><mrow><mo>−</mo><mn>3</mn></mrow></mrow></mtd></mtr><mtr><mtd><mrow><mfrac><mi>x</mi><mn>3</mn></mfrac><mo>+</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><mo>,</mo></mtd><mtd><mrow><mrow><mo>−</mo><mn>3</mn></mrow><mo>≤</mo><mi>x</mi><mo>≤</mo><mn>3</mn></mrow></mtd></mtr><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mn>3</mn></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .range(-0.375, kInf)
          .continuity(0)
          .saturates("negative")
          .kink("-3", "both", "right")
          .kink("3", "both", "left")
          .follows("PyTorch nn.Hardswish (MobileNetV3); f'(-3) = -1/2 and f'(3) = 3/2 as in its backward"),
      Row("softshrink", "Softshrink", "hard", evaluateBatch<softshrink>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mrow><mi>x</mi><mo>−</mo><mi>λ</mi></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mrow><mo>−</mo><mi>λ</mi></mrow><mo>≤</mo><mi>x</mi><mo>≤</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd><mrow><mi>x</mi><mo>+</mo><mi>λ</mi></mrow><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&lt;</mo><mrow><mo>−</mo><mi>λ</mi></mrow></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>≤</mo><mi>λ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("lambd", 0.5, 0.0, 5.0, 0.01)
          .monotonic()
          .continuity(0)
          .zeroCentred()
          .kink("-lambd", "both", "right")
          .kink("lambd", "both", "left")
          .follows("PyTorch nn.Softshrink (lambd 0.5)"),
      Row("hardshrink", "Hardshrink", "hard", evaluateBatch<hardshrink>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>≤</mo><mi>λ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>≤</mo><mi>λ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("lambd", 0.5, 0.0, 5.0, 0.01)
          .monotonic()
          .continuity(kJump)
          .zeroCentred()
          .kink("-lambd", "right", "right")
          .kink("lambd", "left", "left")
          .follows("PyTorch nn.Hardshrink (lambd 0.5): f = 0 on the closed interval [-lambd, lambd]"),
      Row("tanhshrink", "Tanhshrink", "hard", evaluateBatch<tanhshrink>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mi>x</mi><mo>−</mo><mi>tanh</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><msup><mi>tanh</mi><mn>2</mn></msup><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></math>)mml")
          .monotonic()
          .zeroCentred()
          .follows("PyTorch nn.Tanhshrink"),
      Row("threshold", "Threshold", "hard", evaluateBatch<threshold>)
          .formulas(R"mml(<math display="block"><mi>f</mi><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mi>θ</mi></mrow></mtd></mtr><mtr><mtd><mi>v</mi><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mi>θ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml",
                    R"mml(<math display="block"><mi>f</mi><mo>′</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow><mo>=</mo><mrow><mo>{</mo><mtable><mtr><mtd><mn>1</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>&gt;</mo><mi>θ</mi></mrow></mtd></mtr><mtr><mtd><mn>0</mn><mo>,</mo></mtd><mtd><mrow><mi>x</mi><mo>≤</mo><mi>θ</mi></mrow></mtd></mtr></mtable></mrow></math>)mml")
          .parameter("threshold", 0.5, -5.0, 5.0, 0.1)
          .parameter("value", 0.0, -5.0, 5.0, 0.1)
          .range(0.0, kInf)
          .monotonic()
          .continuity(kJump)
          .saturates("negative")
          .kink("threshold", "left", "left")
          .follows("PyTorch nn.Threshold(threshold, value), which has no defaults; ours are 0.5 and 0"),
      // ---- vector functions; the temperature's slider spans 0.01..100, the API takes any T > 0
      Row("softmax", "Softmax", softmax)
          .formulas(R"mml(<math display="block"><msub><mi>y</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo>/</mo><mi>T</mi></mrow></msup><mrow><msub><mo>∑</mo><mi>j</mi></msub><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup></mrow></mfrac></math>)mml",
                    R"mml(<math display="block"><mfrac><mrow><mo>∂</mo><msub><mi>y</mi><mi>i</mi></msub></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>j</mi></msub></mrow></mfrac><mo>=</mo><mfrac><mrow><msub><mi>y</mi><mi>i</mi></msub><mrow><mo>(</mo><msub><mi>δ</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub><mo>−</mo><msub><mi>y</mi><mi>j</mi></msub><mo>)</mo></mrow></mrow><mi>T</mi></mfrac></math>)mml")
          .naive(naive::softmax)
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(0.0, 1.0)
          .monotonic()
          .saturates("both")
          .follows("PyTorch nn.Softmax(dim=-1) of z / T"),
      Row("log_softmax", "LogSoftmax", logSoftmax)
          .formulas(R"mml(<math display="block"><msub><mi>y</mi><mi>i</mi></msub><mo>=</mo><mfrac><msub><mi>z</mi><mi>i</mi></msub><mi>T</mi></mfrac><mo>−</mo><mi>ln</mi><mrow><mo>(</mo><msub><mo>∑</mo><mi>j</mi></msub><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup><mo>)</mo></mrow></math>)mml",
                    R"mml(<math display="block"><mfrac><mrow><mo>∂</mo><msub><mi>y</mi><mi>i</mi></msub></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>j</mi></msub></mrow></mfrac><mo>=</mo><mfrac><mrow><msub><mi>δ</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub><mo>−</mo><msub><mi>p</mi><mi>j</mi></msub></mrow><mi>T</mi></mfrac><mo>,</mo><mtext> </mtext><msub><mi>p</mi><mi>j</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup><mrow><msub><mo>∑</mo><mi>k</mi></msub><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>k</mi></msub><mo>/</mo><mi>T</mi></mrow></msup></mrow></mfrac></math>)mml")
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(-kInf, 0.0)
          .monotonic()
          .saturates("both")
          .follows("PyTorch nn.LogSoftmax(dim=-1) of z / T"),
      Row("softmin", "Softmin", softmin)
          .formulas(R"mml(<math display="block"><msub><mi>y</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><mo>−</mo><msub><mi>z</mi><mi>i</mi></msub><mo>/</mo><mi>T</mi></mrow></msup><mrow><msub><mo>∑</mo><mi>j</mi></msub><msup><mi>e</mi><mrow><mo>−</mo><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup></mrow></mfrac></math>)mml",
                    R"mml(<math display="block"><mfrac><mrow><mo>∂</mo><msub><mi>y</mi><mi>i</mi></msub></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>j</mi></msub></mrow></mfrac><mo>=</mo><mfrac><mrow><msub><mi>y</mi><mi>i</mi></msub><mrow><mo>(</mo><msub><mi>y</mi><mi>j</mi></msub><mo>−</mo><msub><mi>δ</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>T</mi></mfrac></math>)mml")
          .parameter("temperature", 1.0, 0.01, 100.0, 0.01)
          .range(0.0, 1.0)
          .saturates("both")
          .follows("PyTorch nn.Softmin(dim=-1) of z / T: softmax(-z / T)"),
  };
  std::vector<ActivationSpec> specs;
  for (const Row& row : rows) specs.push_back(row.build());
  return specs;
}

// A kink's number as the catalogue writes it: digits with an optional fraction ("6", "0.5");
// NaN for anything else (the catalogue test requires finite positions). Exact to 15 digits:
// an integer mantissa divided once by a power of ten, both exact doubles, rounds once.
// std::stod would link all of strtod and long-double arithmetic: 20 KB of the wasm.
double parseDecimal(std::string_view text) {
  double mantissa = 0.0;
  double scale = 1.0;
  bool fraction = false;
  for (const char c : text) {
    if (c == '.' && !fraction) {
      fraction = true;
    } else if (c >= '0' && c <= '9') {
      mantissa = mantissa * 10.0 + (c - '0');
      if (fraction) scale *= 10.0;
    } else {
      return std::numeric_limits<double>::quiet_NaN();
    }
  }
  return text.empty() ? std::numeric_limits<double>::quiet_NaN() : mantissa / scale;
}

double parameterOrNumber(const ActivationSpec& spec, std::string_view name, const double* parameters) {
  for (std::size_t i = 0; i < spec.parameters.size(); ++i) {
    if (spec.parameters[i].id == name) return parameters[i];
  }
  return parseDecimal(name);
}

}  // namespace

const std::vector<ActivationSpec>& catalog() {
  static const std::vector<ActivationSpec> rows = buildCatalog();
  return rows;
}

const ActivationSpec* findActivation(const std::string& id) {
  const auto& rows = catalog();
  const auto it =
      std::find_if(rows.begin(), rows.end(), [&](const ActivationSpec& row) { return row.id == id; });
  return it == rows.end() ? nullptr : &*it;
}

double kinkPosition(const ActivationSpec& spec, const Kink& kink, const double* parameters) {
  std::string_view at = kink.at;
  const double sign = at.front() == '-' ? -1.0 : 1.0;
  if (sign < 0) at.remove_prefix(1);
  const std::size_t slash = at.find('/');
  double position = parameterOrNumber(spec, at.substr(0, slash), parameters);
  if (slash != std::string_view::npos) {
    position /= parameterOrNumber(spec, at.substr(slash + 1), parameters);
  }
  return sign * position;
}

}  // namespace activations
