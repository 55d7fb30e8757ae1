// Every catalogue row's formulas in TeX, keyed by id: f and f′ (vector rows: yᵢ and ∂yᵢ/∂zⱼ;
// gated rows: f(a; b) and its partial derivatives). scripts/build-formulas.mjs turns them into
// MathML with temml at build time (web/generated/formulas.js); nothing here reaches the page
// as TeX. Symbols only, no words, so one formula serves every language.
const cases = (...rows) => String.raw`\begin{cases} ${rows.join(String.raw` \\ `)} \end{cases}`;
const f = (tex) => String.raw`f(x) = ${tex}`;
const df = (tex) => String.raw`f'(x) = ${tex}`;
const gated = (gate, derivative) => ({
  value: String.raw`f(a; b) = a\,${gate}`,
  derivative: String.raw`\frac{\partial f}{\partial a} = ${gate}, \quad \frac{\partial f}{\partial b} = a\,${derivative}`,
});

export const TEX = {
  linear: { value: f('x'), derivative: df('1') },
  sigmoid: {
    value: f(String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`),
    derivative: df(String.raw`\sigma(x)\,\bigl(1 - \sigma(x)\bigr)`),
  },
  tanh: {
    value: f(String.raw`\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`),
    derivative: df(String.raw`1 - \tanh^2 x = \operatorname{sech}^2 x`),
  },
  softsign: { value: f(String.raw`\frac{x}{1 + |x|}`), derivative: df(String.raw`\frac{1}{(1 + |x|)^2}`) },
  exponential: { value: f('e^{x}'), derivative: df('e^{x}') },
  gaussian: { value: f('e^{-x^2}'), derivative: df(String.raw`-2x\,e^{-x^2}`) },
  relu: {
    value: f(String.raw`\max(0, x)`),
    derivative: df(cases('1, & x > 0', String.raw`0, & x \le 0`)),
  },
  leaky_relu: {
    value: f(cases('x, & x > 0', String.raw`a x, & x \le 0`)),
    derivative: df(cases('1, & x > 0', String.raw`a, & x \le 0`)),
  },
  prelu: {
    value: f(cases('x, & x > 0', String.raw`w x, & x \le 0`)),
    derivative: df(cases('1, & x > 0', String.raw`w, & x \le 0`)),
  },
  rrelu: {
    value: f(cases('x, & x > 0', String.raw`\tfrac{l + u}{2}\,x, & x \le 0`)),
    derivative: df(cases('1, & x > 0', String.raw`\tfrac{l + u}{2}, & x \le 0`)),
  },
  relu6: {
    value: f(String.raw`\min\bigl(\max(0, x), 6\bigr)`),
    derivative: df(cases(String.raw`0, & x \le 0`, '1, & 0 < x < 6', String.raw`0, & x \ge 6`)),
  },
  relu_squared: { value: f(String.raw`\max(0, x)^2`), derivative: df(String.raw`2\max(0, x)`) },
  elu: {
    value: f(cases('x, & x > 0', String.raw`\alpha\,(e^{x} - 1), & x \le 0`)),
    derivative: df(cases('1, & x > 0', String.raw`\alpha\,e^{x}, & x \le 0`)),
  },
  celu: {
    value: f(cases('x, & x > 0', String.raw`\alpha\,(e^{x/\alpha} - 1), & x \le 0`)),
    derivative: df(cases('1, & x > 0', String.raw`e^{x/\alpha}, & x \le 0`)),
  },
  selu: {
    value: f(String.raw`\lambda \cdot ${cases('x, & x > 0', String.raw`\alpha\,(e^{x} - 1), & x \le 0`)}`),
    derivative: df(String.raw`\lambda \cdot ${cases('1, & x > 0', String.raw`\alpha\,e^{x}, & x \le 0`)}`),
  },
  silu: {
    value: f(String.raw`x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}`),
    derivative: df(String.raw`\sigma(\beta x)\,\bigl(1 + \beta x\,(1 - \sigma(\beta x))\bigr)`),
  },
  mish: {
    value: f(String.raw`x \tanh\bigl(\ln(1 + e^{x})\bigr)`),
    derivative: df(String.raw`\tanh s + x \operatorname{sech}^2 s\;\sigma(x), \quad s = \ln(1 + e^{x})`),
  },
  gelu: {
    value: f(String.raw`x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt{2}}\right)`),
    derivative: df(String.raw`\Phi(x) + x\,\varphi(x), \quad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}`),
  },
  gelu_tanh: {
    value: f(String.raw`\frac{x}{2}\,(1 + \tanh u), \quad u = \sqrt{2/\pi}\,(x + 0.044715\,x^3)`),
    derivative: df(String.raw`\frac{1 + \tanh u}{2} + \frac{x}{2}\operatorname{sech}^2 u\,\sqrt{2/\pi}\,(1 + 0.134145\,x^2)`),
  },
  quick_gelu: {
    value: f(String.raw`x\,\sigma(1.702\,x)`),
    derivative: df(String.raw`\sigma(1.702\,x)\,\bigl(1 + 1.702\,x\,(1 - \sigma(1.702\,x))\bigr)`),
  },
  softplus: {
    value: f(cases(String.raw`\frac{1}{\beta}\ln(1 + e^{\beta x}), & \beta x \le \theta`, String.raw`x, & \beta x > \theta`)),
    derivative: df(cases(String.raw`\sigma(\beta x), & \beta x \le \theta`, String.raw`1, & \beta x > \theta`)),
  },
  squareplus: {
    value: f(String.raw`\frac{x + \sqrt{x^2 + b}}{2}`),
    derivative: df(String.raw`\frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)`),
  },
  logsigmoid: {
    value: f(String.raw`\ln \sigma(x) = -\ln(1 + e^{-x})`),
    derivative: df(String.raw`\sigma(-x) = 1 - \sigma(x)`),
  },
  lisht: { value: f(String.raw`x \tanh x`), derivative: df(String.raw`\tanh x + x \operatorname{sech}^2 x`) },
  elish: {
    value: f(cases(String.raw`x\,\sigma(x), & x \ge 0`, String.raw`(e^{x} - 1)\,\sigma(x), & x < 0`)),
    derivative: df(
      cases(
        String.raw`\sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr), & x \ge 0`,
        String.raw`e^{x}\sigma(x) + (e^{x} - 1)\,\sigma(x)\,\bigl(1 - \sigma(x)\bigr), & x < 0`,
      ),
    ),
  },
  hardtanh: {
    value: f(cases(String.raw`\mathrm{min}, & x < \mathrm{min}`, String.raw`x, & \mathrm{min} \le x \le \mathrm{max}`, String.raw`\mathrm{max}, & x > \mathrm{max}`)),
    derivative: df(cases(String.raw`0, & x \le \mathrm{min}`, String.raw`1, & \mathrm{min} < x < \mathrm{max}`, String.raw`0, & x \ge \mathrm{max}`)),
  },
  hardsigmoid: {
    value: f(cases(String.raw`0, & x \le -3`, String.raw`\frac{x}{6} + \frac{1}{2}, & -3 < x < 3`, String.raw`1, & x \ge 3`)),
    derivative: df(cases(String.raw`0, & x \le -3`, String.raw`\frac{1}{6}, & -3 < x < 3`, String.raw`0, & x \ge 3`)),
  },
  hardswish: {
    value: f(cases(String.raw`0, & x \le -3`, String.raw`\frac{x\,(x + 3)}{6}, & -3 < x < 3`, String.raw`x, & x \ge 3`)),
    derivative: df(cases('0, & x < -3', String.raw`\frac{x}{3} + \frac{1}{2}, & -3 \le x \le 3`, '1, & x > 3')),
  },
  sparse_plus: {
    value: f(cases(String.raw`0, & x \le -1`, String.raw`\frac{(x + 1)^2}{4}, & -1 < x < 1`, String.raw`x, & x \ge 1`)),
    derivative: df(cases(String.raw`0, & x \le -1`, String.raw`\frac{x + 1}{2}, & -1 < x < 1`, String.raw`1, & x \ge 1`)),
  },
  sparse_sigmoid: {
    value: f(cases(String.raw`0, & x \le -1`, String.raw`\frac{x + 1}{2}, & -1 < x < 1`, String.raw`1, & x \ge 1`)),
    derivative: df(cases(String.raw`0, & x \le -1`, String.raw`\frac{1}{2}, & -1 < x < 1`, String.raw`0, & x \ge 1`)),
  },
  softshrink: {
    value: f(cases(String.raw`x - \lambda, & x > \lambda`, String.raw`0, & -\lambda \le x \le \lambda`, String.raw`x + \lambda, & x < -\lambda`)),
    derivative: df(cases(String.raw`1, & |x| > \lambda`, String.raw`0, & |x| \le \lambda`)),
  },
  hardshrink: {
    value: f(cases(String.raw`x, & |x| > \lambda`, String.raw`0, & |x| \le \lambda`)),
    derivative: df(cases(String.raw`1, & |x| > \lambda`, String.raw`0, & |x| \le \lambda`)),
  },
  tanhshrink: { value: f(String.raw`x - \tanh x`), derivative: df(String.raw`\tanh^2 x`) },
  threshold: {
    value: f(cases(String.raw`x, & x > \theta`, String.raw`v, & x \le \theta`)),
    derivative: df(cases(String.raw`1, & x > \theta`, String.raw`0, & x \le \theta`)),
  },
  snake: { value: f(String.raw`x + \frac{\sin^2(a x)}{a}`), derivative: df(String.raw`1 + \sin(2 a x)`) },
  sine: { value: f(String.raw`\sin(w x)`), derivative: df(String.raw`w \cos(w x)`) },
  softmax: {
    value: String.raw`y_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}`,
    derivative: String.raw`\frac{\partial y_i}{\partial z_j} = \frac{y_i\,(\delta_{ij} - y_j)}{T}`,
  },
  log_softmax: {
    value: String.raw`y_i = \frac{z_i}{T} - \ln \sum_j e^{z_j/T}`,
    derivative: String.raw`\frac{\partial y_i}{\partial z_j} = \frac{\delta_{ij} - p_j}{T}, \quad p_j = \frac{e^{z_j/T}}{\sum_k e^{z_k/T}}`,
  },
  softmin: {
    value: String.raw`y_i = \frac{e^{-z_i/T}}{\sum_j e^{-z_j/T}}`,
    derivative: String.raw`\frac{\partial y_i}{\partial z_j} = \frac{y_i\,(y_j - \delta_{ij})}{T}`,
  },
  sparsemax: {
    value: String.raw`y_i = \max\left(\frac{z_i}{T} - \tau, 0\right), \quad \sum_i y_i = 1`,
    derivative: String.raw`\frac{\partial y_i}{\partial z_j} = ${cases(String.raw`\frac{1}{T}\left(\delta_{ij} - \frac{1}{|S|}\right), & y_i, y_j > 0`, String.raw`0, & y_i\,y_j = 0`)}, \quad |S| = \#\{k : y_k > 0\}`,
  },
  entmax15: {
    value: String.raw`y_i = \max\left(\frac{z_i}{2T} - \tau, 0\right)^2, \quad \sum_i y_i = 1`,
    derivative: String.raw`\frac{\partial y_i}{\partial z_j} = \frac{\sqrt{y_i}}{T}\left(\delta_{ij} - \frac{\sqrt{y_j}}{\sum_k \sqrt{y_k}}\right)`,
  },
  glu: gated(String.raw`\sigma(b)`, String.raw`\sigma(b)\,\bigl(1 - \sigma(b)\bigr)`),
  reglu: gated(String.raw`\max(0, b)`, String.raw`[b > 0]`),
  geglu: gated(String.raw`\mathrm{GELU}(b)`, String.raw`\bigl(\Phi(b) + b\,\varphi(b)\bigr)`),
  swiglu: gated(String.raw`b\,\sigma(b)`, String.raw`\sigma(b)\,\bigl(1 + b\,(1 - \sigma(b))\bigr)`),
};
