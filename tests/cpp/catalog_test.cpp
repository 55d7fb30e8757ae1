#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <string>

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
    CHECK(ids.insert(spec.id).second);
    CHECK_FALSE(spec.name.empty());
    CHECK(spec.rangeMin < spec.rangeMax);
    const bool elementwise = spec.kind == activations::Kind::elementwise;
    CHECK((spec.stable != nullptr) == elementwise);
    CHECK((spec.vectorStable != nullptr) == !elementwise);
    CHECK((elementwise ? spec.vectorNaive == nullptr : spec.naive == nullptr));
    CHECK(std::set<std::string>{"none", "negative", "positive", "both"}.count(spec.saturates) == 1);
    CHECK_FALSE(spec.valueFormula.empty());
    CHECK_FALSE(spec.derivativeFormula.empty());
    CHECK_FALSE(spec.follows.empty());
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
    std::vector<double> defaults;
    for (const auto& p : spec.parameters) defaults.push_back(p.defaultValue);
    for (const auto& kink : spec.kinks) {
      INFO("kink at " << kink.at);
      CHECK((kink.derivativeFrom == "left" || kink.derivativeFrom == "right"));
      CHECK((kink.valueFrom == "both" || kink.valueFrom == "left" || kink.valueFrom == "right"));
      CHECK(std::isfinite(activations::kinkPosition(spec, kink, defaults.data())));
      // A jump in f is what continuity -1 declares.
      CHECK((kink.valueFrom == "both" || spec.continuity < 0));
    }
  }
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
