#pragma once
// Next-token sampling as Hugging Face transformers does it: the distribution a model samples
// from after temperature, top-k, top-p and min-p, and draws from such a distribution.
//
// The semantics and their order follow transformers' generation code (read at
// huggingface/transformers, src/transformers/generation/):
//   utils.py, GenerationMixin._get_logits_processor: with do_sample, the warpers run in the
//     order TemperatureLogitsWarper, TopKLogitsWarper, TopPLogitsWarper, MinPLogitsWarper;
//     top_k == 0 and top_p == 1 add no warper, and min_tokens_to_keep is 1 unless beams are
//     searched. Each warper sets a removed token's score to -inf, so the next one sees the
//     previous one's survivors, renormalised.
//   logits_process.py:
//     TemperatureLogitsWarper  scores / temperature.
//     TopKLogitsWarper         removes `scores < torch.topk(scores, k)[0][..., -1]`: a token is
//                              removed only when it is strictly below the k-th largest, so
//                              every token tied with the k-th is kept; k is clamped to n.
//     TopPLogitsWarper         sorts the scores ascending, takes the cumulative sum of their
//                              softmax and removes `cumulative_probs <= 1 - top_p`, then keeps
//                              the last min_tokens_to_keep (the largest) whatever the sum.
//     MinPLogitsWarper         removes `probs < min_p * probs.max()`, then puts back the
//                              min_tokens_to_keep most probable (topk of probs).
//
// Where HF leaves a choice open, this is what we do:
//   - Ties in top-p's sort. torch.sort's default is unstable, so when tokens with equal
//     scores straddle the cut, which of them HF removes depends on the sorting kernel. How
//     many it removes does not (equal scores give equal probabilities, so every order of
//     the tie gives the same cumulative sums). We sort stably, as torch.sort(stable=True)
//     does and as PyTorch's CPU sort (std::sort, an insertion sort below 17 elements) does
//     for short rows: among tied tokens the lower index comes first, so top-p removes it
//     first.
//   - Arithmetic. HF computes in the model's dtype (float32, mostly) from rounded scores
//     z / T; we compute in double, compare logits (z_i < z_j exactly when z_i/T < z_j/T in
//     exact arithmetic) and take every probability from softmax.hpp's stable softmax at
//     temperature T. Results can differ from HF's only where HF's own rounding decides.
//
// Every output is exactly 0 for a removed token; the kept ones are softmax(kept logits / T),
// summing to 1 within n ULP (they are computed in index order, so with every filter off the
// result is bit for bit softmax(logits, T)). At least one token is always kept.

#include <cstddef>
#include <cstdint>

namespace activations {

// Limits as in softmax.hpp: -inf logits get probability 0 (unless every logit is -inf: then
// the tokens kept share it evenly); +inf logits share the probability evenly; any NaN logit
// makes every output NaN. Callers validate temperature (finite, > 0), topP (in (0, 1]) and
// minP (in [0, 1]); topK 0 or >= n, topP 1 and minP 0 switch their filter off. n may be 0.
void samplingDistribution(const double* logits, std::size_t n, double temperature, std::size_t topK,
                          double topP, double minP, double* probabilities);

// `count` draws from `probabilities` by inverse CDF: u uniform in [0, 1) from SplitMix64
// seeded with `seed`, then the first index whose cumulative sum exceeds u times the total.
// Deterministic per seed, the same natively and in wasm, and never an index whose
// probability is 0 (the search stops at the last positive entry). Callers validate the
// distribution: n >= 1, every entry finite and >= 0, at least one > 0, n < 2^31; a total
// that is not exactly 1 rescales the draws.
void sample(const double* probabilities, std::size_t n, std::size_t count, std::uint64_t seed,
            std::int32_t* indices);

}  // namespace activations
