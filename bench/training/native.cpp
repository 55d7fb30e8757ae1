// The trainer in native C++ (-O3), the baseline of the training table (bench/training/run.mjs):
// examples per second (forward, backward, update) with the same data, layers and options as
// the other implementations there.
//   training_native --layers 2,8,8,1 --activation tanh --batch 10 --steps 2000 --runs 7
// Prints one JSON object: { implementation, examplesPerSecond: [per run] }.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "network.hpp"

namespace {

// The data every implementation trains on: 500 points of the XOR of signs (data.mjs makes the same).
constexpr std::size_t kExamples = 500;

void makeData(std::vector<double>& inputs, std::vector<double>& targets) {
  for (std::size_t i = 0; i < kExamples; ++i) {
    const double x = 2.0 * std::cos(1.3 * static_cast<double>(i));
    const double y = 2.0 * std::sin(2.1 * static_cast<double>(i) + 0.5);
    inputs.push_back(x);
    inputs.push_back(y);
    targets.push_back(x * y > 0 ? 1.0 : -1.0);
  }
}

std::vector<std::size_t> parseLayers(const std::string& text) {
  std::vector<std::size_t> layers;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) layers.push_back(std::stoul(item));
  return layers;
}

}  // namespace

int main(int argc, char** argv) {
  std::string layers = "2,8,8,1", activation = "tanh";
  std::size_t batch = 10, steps = 2000;
  int runs = 7;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const std::string value = argv[i + 1];
    if (key == "--layers") layers = value;
    else if (key == "--activation") activation = value;
    else if (key == "--batch") batch = std::stoul(value);
    else if (key == "--steps") steps = std::stoul(value);
    else if (key == "--runs") runs = std::stoi(value);
  }
  const activations::ActivationSpec* row = activations::findActivation(activation);
  if (row == nullptr) return 2;
  std::vector<double> inputs, targets, losses(steps);
  makeData(inputs, targets);
  trainer::NetworkSpec spec;
  spec.layers = parseLayers(layers);
  spec.activation = row->stable;
  for (const auto& p : row->parameters) spec.activationParameters.push_back(p.defaultValue);
  std::printf("{ \"implementation\": \"native\", \"examplesPerSecond\": [");
  for (int run = -1; run < runs; ++run) {  // run -1 warms up
    trainer::Network network(spec);
    const auto start = std::chrono::steady_clock::now();
    network.train(inputs.data(), targets.data(), kExamples, {steps, batch, 0.03, trainer::OptimizerKind::sgd},
                  losses.data());
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    if (run >= 0) std::printf("%s%.6g", run ? ", " : "", static_cast<double>(steps * batch) / seconds.count());
  }
  std::printf("], \"finalLoss\": %.17g }\n", losses.back());
  return 0;
}
