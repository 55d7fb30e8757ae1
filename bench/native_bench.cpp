// Times the catalogue's batch kernels called directly, with no JS in between: built natively
// (-O3, the practical limit of this machine) by CMake's native_bench target, and by
// bench/run.sh with em++ against the wasm build's core library, which isolates wasm code
// generation from the cost of crossing the JS API. bench/kernels.mjs runs it once per round,
// between the other implementations' runs.
//
//   native_bench --input points.f64 --functions linear,relu,... --softmax 10,1000 --runs 1
//
// Prints one JSON object: { implementation, results: [{ fn, n, nsPerElement, runsNs }] }, where
// nsPerElement is the median over the runs, each after one warm-up run. The points are the
// doubles of the input file (little-endian, as bench/kernels.mjs writes them); softmax takes
// them in rows of m logits (n / m calls). Parameters take their defaults.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catalog.hpp"

namespace {

using activations::ActivationSpec;
using Clock = std::chrono::steady_clock;

struct Options {
  std::vector<std::string> functions;
  std::vector<std::size_t> softmaxSizes;
  std::string input;
  int runs = 1;
  const char* implementation = "native";
};

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

std::vector<std::size_t> splitSizes(const std::string& text) {
  std::vector<std::size_t> sizes;
  for (const std::string& item : splitList(text)) sizes.push_back(std::stoul(item));
  return sizes;
}

Options parseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const std::string value = argv[i + 1];
    if (key == "--functions") options.functions = splitList(value);
    else if (key == "--softmax") options.softmaxSizes = splitSizes(value);
    else if (key == "--input") options.input = value;
    else if (key == "--runs") options.runs = std::stoi(value);
    else if (key == "--implementation") options.implementation = argv[i + 1];
  }
  return options;
}

std::vector<double> readPoints(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::vector<double> points(static_cast<std::size_t>(file.tellg()) / sizeof(double));
  file.seekg(0);
  file.read(reinterpret_cast<char*>(points.data()), static_cast<std::streamsize>(points.size() * sizeof(double)));
  return points;
}

const ActivationSpec& row(const std::string& id) {
  const ActivationSpec* spec = activations::findActivation(id);
  if (spec == nullptr) {
    std::fprintf(stderr, "unknown activation %s\n", id.c_str());
    std::exit(2);
  }
  return *spec;
}

// Enough calls per run that every run covers at least a million elements.
std::size_t repetitions(std::size_t n) { return std::max<std::size_t>(1, 1'000'000 / n); }

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// Anything the optimiser must believe is read, so no run is optimised away.
volatile double sink;

template <class Call>
void measure(const char* label, std::size_t n, int runs, Call call, bool& first) {
  const std::size_t reps = repetitions(n);
  std::vector<double> runsNs;
  for (int run = -1; run < runs; ++run) {  // run -1 warms up
    const auto start = Clock::now();
    for (std::size_t r = 0; r < reps; ++r) call();
    const auto stop = Clock::now();
    const double ns = std::chrono::duration<double, std::nano>(stop - start).count();
    if (run >= 0) runsNs.push_back(ns / static_cast<double>(reps * n));
  }
  std::printf("%s\n    {\"fn\": \"%s\", \"n\": %zu, \"nsPerElement\": %.6g, \"runsNs\": [", first ? "" : ",",
              label, n, median(runsNs));
  for (std::size_t i = 0; i < runsNs.size(); ++i) std::printf("%s%.6g", i ? ", " : "", runsNs[i]);
  std::printf("]}");
  first = false;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parseOptions(argc, argv);
  std::printf("{\n  \"implementation\": \"%s\",\n  \"results\": [", options.implementation);
  bool first = true;
  const std::vector<double> xs = readPoints(options.input);
  const std::size_t n = xs.size();
  std::vector<double> values(n), derivatives(n);
  for (const std::string& id : options.functions) {
    const ActivationSpec& spec = row(id);
    const std::vector<double> parameters = spec.defaults();
    measure(id.c_str(), n, options.runs, [&] {
      spec.stable(xs.data(), n, parameters.data(), values.data(), derivatives.data());
      sink = values[n / 2] + derivatives[n / 3];
    }, first);
  }
  const ActivationSpec& softmax = row("softmax");
  for (const std::size_t m : options.softmaxSizes) {
    const std::string label = "softmax_" + std::to_string(m);
    measure(label.c_str(), n, options.runs, [&] {
      for (std::size_t start = 0; start + m <= n; start += m) {
        softmax.vectorStable(xs.data() + start, m, 1.0, values.data() + start);
      }
      sink = values[n / 2];
    }, first);
  }
  std::printf("\n  ]\n}\n");
  return 0;
}
