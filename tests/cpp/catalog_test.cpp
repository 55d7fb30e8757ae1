#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "softmax.hpp"

using activations::catalog;
using activations::findActivation;

TEST_CASE("the catalogue holds the notebook's functions, each with a stable and a naive kernel",
          "[catalog]") {
  for (const char* id : {"linear", "relu", "selu", "sigmoid", "tanh"}) {
    const auto* spec = findActivation(id);
    REQUIRE(spec != nullptr);
    CHECK(spec->kind == activations::Kind::elementwise);
    CHECK(spec->stable != nullptr);
    CHECK(spec->naive != nullptr);
  }
  const auto* softmax = findActivation("softmax");
  REQUIRE(softmax != nullptr);
  CHECK(softmax->kind == activations::Kind::vector);
  CHECK(softmax->vectorStable == &activations::softmax);
  CHECK(softmax->vectorNaive == &activations::naive::softmax);
  CHECK(softmax->hasNaive());
  CHECK(findActivation("no-such-activation") == nullptr);
}

TEST_CASE("catalogue rows are well formed", "[catalog]") {
  std::set<std::string> ids;
  for (const auto& spec : catalog()) {
    INFO(spec.id);
    CHECK(ids.insert(std::string(spec.id)).second);
    CHECK(spec.rangeMin < spec.rangeMax);
    const auto kind = spec.kind;
    CHECK((spec.stable != nullptr) == (kind == activations::Kind::elementwise));
    CHECK((spec.vectorStable != nullptr) == (kind == activations::Kind::vector));
    CHECK((spec.gated != nullptr) == (kind == activations::Kind::gated));
    CHECK((kind == activations::Kind::elementwise || spec.naive == nullptr));
    CHECK((kind == activations::Kind::vector || spec.vectorNaive == nullptr));
    CHECK((kind == activations::Kind::elementwise) ==
          (spec.family != activations::Family::vector && spec.family != activations::Family::gated));
    for (const auto& p : spec.parameters) {
      INFO(p.id);
      CHECK(p.min <= p.defaultValue);
      CHECK(p.defaultValue <= p.max);
      CHECK(p.step > 0);
    }
    for (const auto& preset : spec.presets) {
      CHECK(preset.values.size() == spec.parameters.size());
      for (std::size_t i = 0; i < preset.values.size(); ++i) {
        CHECK(preset.values[i] >= spec.parameters[i].min);
        CHECK(preset.values[i] <= spec.parameters[i].max);
      }
    }
    const std::vector<double> defaults = spec.defaults();
    CHECK(defaults.size() == spec.parameters.size());
    for (const auto& kink : spec.kinks) {
      const double at = kink.position(defaults.data());
      INFO("kink at " << at);
      CHECK(std::isfinite(at));
      // A jump in f is what continuity -1 declares.
      CHECK((kink.continuous || spec.continuity < 0));
    }
  }
}

TEST_CASE("the catalogue has at least 45 rows, vector and gated ones among them", "[catalog]") {
  std::size_t vector = 0, gated = 0;
  for (const auto& spec : catalog()) {
    vector += spec.kind == activations::Kind::vector;
    gated += spec.kind == activations::Kind::gated;
  }
  CHECK(catalog().size() >= 45);
  CHECK(vector >= 5);
  CHECK(gated == 4);
}

TEST_CASE("kinks move with the parameters they are functions of", "[catalog]") {
  const auto& softplus = *findActivation("softplus");
  const double beta2threshold10[] = {2.0, 10.0};
  CHECK(softplus.kinks.at(0).position(beta2threshold10) == 5.0);
  const auto& softshrink = *findActivation("softshrink");
  const double lambda[] = {1.5};
  CHECK(softshrink.kinks.at(0).position(lambda) == -1.5);
  CHECK(softshrink.kinks.at(1).position(lambda) == 1.5);
  CHECK(activations::sideName(softshrink.kinks.at(0).derivativeFrom) == std::string("right"));
}

TEST_CASE("SELU defaults to the standard constants and offers the notebook's as a preset",
          "[catalog]") {
  const auto& selu = *findActivation("selu");
  REQUIRE(selu.parameters.size() == 2);
  CHECK(selu.parameters[0].id == "alpha");
  CHECK(selu.parameters[0].defaultValue == 1.6732632423543772);
  CHECK(selu.parameters[1].id == "scale");
  CHECK(selu.parameters[1].defaultValue == 1.0507009873554805);
  bool hasNotebookPreset = false;
  for (const auto& preset : selu.presets) {
    if (preset.id == "notebook") {
      hasNotebookPreset = true;
      CHECK(preset.values == std::vector<double>{3.0, 1.0});
    }
  }
  CHECK(hasNotebookPreset);
}
