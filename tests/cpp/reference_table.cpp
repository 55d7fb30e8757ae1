#include "reference_table.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace testing {
namespace {

// Hex floats ("0x1.8p+1"), "inf" and "nan", as Python's float.hex writes them.
double parseDouble(const std::string& text) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0') throw std::runtime_error("not a number: " + text);
  return value;
}

std::vector<double> parseDoubles(const std::string& spaceSeparated) {
  std::vector<double> values;
  std::istringstream in(spaceSeparated);
  for (std::string word; in >> word;) values.push_back(parseDouble(word));
  return values;
}

// Rows of a CSV whose fields hold no commas or quotes, header dropped.
std::vector<std::vector<std::string>> readCsv(const std::string& name) {
  const std::string path = std::string(REFERENCE_DIR) + "/" + name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::istringstream fieldStream(line);
    for (std::string field; std::getline(fieldStream, field, ',');) fields.push_back(field);
    if (line.back() == ',') fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

}  // namespace

std::vector<ElementwiseReference> elementwiseReference(const std::string& id) {
  std::vector<ElementwiseReference> rows;
  for (const auto& f : readCsv("elementwise/" + id + ".csv")) {
    rows.push_back({parseDoubles(f.at(0)), parseDouble(f.at(1)), parseDouble(f.at(2)), parseDouble(f.at(3))});
  }
  return rows;
}

std::vector<GatedReference> gatedReference(const std::string& id) {
  std::vector<GatedReference> rows;
  for (const auto& f : readCsv("gated/" + id + ".csv")) {
    rows.push_back({parseDouble(f.at(0)), parseDouble(f.at(1)), parseDouble(f.at(2)), parseDouble(f.at(3)),
                    parseDouble(f.at(4))});
  }
  return rows;
}

const std::vector<VectorReference>& vectorReference() {
  static const std::vector<VectorReference> table = [] {
    std::vector<VectorReference> rows;
    for (const auto& f : readCsv("vector.csv")) {
      rows.push_back({f.at(0), parseDouble(f.at(1)), parseDoubles(f.at(2)), parseDoubles(f.at(3))});
    }
    return rows;
  }();
  return table;
}

}  // namespace testing
