// Todos os textos da página em português do Brasil; as chaves espelham en.js.
import { formatNumber } from '../format.js';

// An amount of information in nats, the unit's number following the language's plural rules.
const plurals = new Intl.PluralRules('pt-BR');
const nats = (value) => `${formatNumber(value, 'pt-BR', 4)} ${plurals.select(Number(value.toPrecision(4))) === 'one' ? 'nat' : 'nats'}`;

export default {
  htmlLang: 'pt-BR',
  title: 'Funções de ativação',
  loadError: 'Não foi possível carregar o módulo WebAssembly. Recarregue a página para tentar de novo.',
  views: { functions: 'Funções', softmax: 'Softmax' },
  viewsLabel: 'Visões',
  presentEnter: 'Apresentar',
  presentLeave: 'Sair da apresentação',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado.',
  linkCopyFailed: 'Não foi possível copiar: copie o endereço na barra do navegador.',
  embedOpen: 'Incorporar',
  languageLabel: 'Idioma',
  controlsLabel: 'Controles',
  legendLabel: 'Legenda',
  changeFunction: 'Trocar…',
  compareAdd: '+ Comparar com…',
  compareFull: 'Quatro funções comparadas',
  compareRemove: (name) => `Tirar ${name} da comparação`,
  reset: 'Padrão',
  presets: {
    standard: 'Constantes padrão',
    notebook: 'Notebook (α = 3, escala = 1)',
    pytorch: 'PyTorch (0,01)',
    keras: 'Keras (0,2)',
  },
  parameterNames: {
    alpha: 'α (alfa)',
    scale: 'escala',
    negative_slope: 'inclinação negativa (a)',
    weight: 'peso (w)',
    beta: 'β (beta)',
    threshold: 'limiar (θ)',
    value: 'valor (v)',
    min_val: 'mín',
    max_val: 'máx',
    lambd: 'λ (lambda)',
    temperature: 'temperatura (T)',
  },
  families: {
    classic: 'Clássicas',
    relu: 'Família ReLU',
    smooth: 'Suaves e autorreguladas',
    hard: 'Rígidas e de encolhimento',
    vector: 'Funções vetoriais',
  },
  galleryChoose: 'Escolha uma função',
  galleryAdd: 'Acrescente uma função para comparar',
  searchLabel: 'Buscar pelo nome',
  searchPlaceholder: 'Busque, por exemplo, swish ou tangente',
  searchNothing: (query) => `Nenhuma função se chama “${query}”.`,
  close: 'Fechar',
  viewLegend: 'Visualização',
  xMinLabel: 'x de',
  xMaxLabel: 'x até',
  yMinLabel: 'y de',
  yMaxLabel: 'y até',
  logScaleLabel: 'Log |y|',
  naiveLabel: 'Fórmula do notebook',
  yFixedLabel: 'y fixo',
  fitLabel: 'Ajustar y',
  fitModes: { auto: 'Legível (auto)', all: 'Curvas inteiras' },
  axisTitles: { value: 'f(x)', derivative: 'f′(x)' },
  axisTitlesLog: { value: '|f(x)|', derivative: '|f′(x)|' },
  chartTitles: {
    value: (names) => `${names}: f(x)`,
    derivative: (names) => `${names}: f′(x)`,
  },
  chartDescription: (what, from, to, low, high) => `Gráfico de linhas de ${what} para x de ${from} a ${to}; y de ${low} a ${high}.`,
  naiveLegend: 'Fórmula do notebook do curso',
  naiveUnavailable: 'O notebook do curso não tem fórmula própria para esta função.',
  naiveAgrees: 'Neste intervalo, a fórmula do notebook concorda com a precisa.',
  naiveBreaks: (what, intervals) => `A ${what} do notebook falha para x em ${intervals}.`,
  naiveMeaning: 'Nas faixas sombreadas ela devolve NaN, ou uma derivada exatamente 0 onde o valor verdadeiro não é 0.',
  naiveWhat: { value: 'fórmula', derivative: 'derivada' },
  probeLabel: 'Sonda em x',
  panesLabel: 'Sobre esta função',
  panes: { explanation: 'Explicação', formula: 'Fórmula', properties: 'Propriedades', layers: 'Através das camadas', data: 'Dados' },
  properties: {
    range: 'Imagem',
    rangeAtDefaults: 'Imagem (parâmetros padrão)',
    monotonic: 'Monótona',
    continuity: 'Suavidade',
    zeroCentred: 'Centrada em zero',
    saturates: 'Satura',
    follows: 'Convenção',
  },
  yes: 'sim',
  no: 'não',
  continuity: (k) => (k === Infinity ? 'suave (C∞)' : k < 0 ? 'salta (não é contínua)' : `C${k}`),
  saturation: { none: 'não', negative: 'para x → −∞', positive: 'para x → +∞', both: 'dos dois lados' },
  depthExplanation:
    'Empilhe a função em N camadas (com pesos identidade) e comece no x da sonda: o gradiente que chega à ' +
    'entrada é o produto das derivadas encontradas no caminho. Fatores menores que 1, como os da sigmoide ' +
    '(no máximo 1/4), o encolhem geometricamente; é por isso que redes sigmoides profundas deixaram de aprender.',
  depthLabel: 'Camadas',
  depthCaption: (x) => `Gradiente que chega a x = ${x} depois de cada camada`,
  depthAxis: 'camadas',
  depthGradientAxis: '|gradiente|',
  depthReadout: (name, layers, gradient) => `${name}: ${gradient} depois de ${layers} camadas`,
  dataHint: 'Pontos do intervalo a espaços iguais; o CSV traz todos os pontos desenhados.',
  exportPng: (what) => `PNG: ${what}`,
  exportCsv: (what) => `CSV: ${what}`,
  chartNames: {
    value: 'f(x)',
    derivative: 'f′(x)',
    data: 'f e f′',
    layers: 'gradiente através das camadas',
    vector: 'barras',
    jacobian: 'jacobiana',
  },
  columns: { x: 'x', logit: 'logit', layers: 'camadas' },
  functions: {
    linear: {
      name: 'Linear (sem ativação)',
      explanation:
        'Nenhuma ativação: a saída é igual à entrada e a inclinação vale 1 em todo lugar. Camadas lineares ' +
        'empilhadas equivalem a uma só transformação linear, então uma rede sem não linearidade não aprende ' +
        'fronteiras de decisão curvas. Ainda é a escolha usual na saída de uma rede de regressão.',
    },
    relu: {
      name: 'ReLU',
      explanation:
        'A ReLU mantém as entradas positivas e troca as negativas por 0. É a escolha mais comum para as ' +
        'camadas internas: barata de calcular e com inclinação constante igual a 1 para entradas positivas, ' +
        'de modo que o gradiente passa sem encolher. Para entradas negativas a inclinação é 0: um neurônio ' +
        'cujas entradas ficam negativas para de aprender (a “ReLU morta”). Exatamente em 0 adotamos ' +
        'inclinação 0, como o PyTorch.',
    },
    selu: {
      name: 'SELU',
      explanation:
        'A SELU (unidade linear exponencial escalada) é uma reta escalada para entradas positivas e uma ' +
        'exponencial escalada que se estabiliza em −escala·α para as negativas. As entradas negativas mantêm ' +
        'inclinação diferente de zero, evitando a “ReLU morta”; com as constantes padrão (α ≈ 1,6733, escala ' +
        '≈ 1,0507) as ativações tendem a manter média zero e variância um de camada em camada: a rede se ' +
        'autonormaliza (self-normalizing). O notebook do curso usava α = 3 e escala = 1: experimente essa ' +
        'predefinição.',
    },
    sigmoid: {
      name: 'Sigmoide',
      explanation:
        'A sigmoide comprime qualquer entrada no intervalo (0, 1). Foi por muito tempo a preferida para as ' +
        'camadas internas, por suas interpretações probabilística e biológica; hoje aparece sobretudo na ' +
        'saída de classificadores binários. Sua inclinação é no máximo 0,25 e fica minúscula fora de ' +
        'aproximadamente [−2, 2]: multiplicada por muitas camadas, quase desaparece. É o problema do ' +
        'gradiente que desaparece (vanishing gradient), que torna o treino de redes profundas lento ou ' +
        'até impossível.',
    },
    tanh: {
      name: 'Tanh',
      explanation:
        'A tangente hiperbólica tem o formato em S da sigmoide, mas vai de −1 a 1 e é centrada em zero. Sua ' +
        'inclinação chega a 1 na origem, quatro vezes o máximo da sigmoide, então seus gradientes são bem ' +
        'maiores, embora ainda desapareçam longe do zero. Continua comum dentro de células recorrentes, como ' +
        'a LSTM.',
    },
    softsign: {
      name: 'Softsign',
      explanation:
        'A softsign, x/(1 + |x|), tem o formato em S da tanh e o mesmo intervalo, (−1, 1), mas se aproxima ' +
        'dos limites devagar, como 1/x, e não exponencialmente. Sua inclinação, 1/(1 + |x|)², vale 1 na ' +
        'origem e cai suavemente: em x = 10 ainda é cerca de 0,008, enquanto a da tanh já está abaixo de 10⁻⁸. ' +
        'Foi estudada como uma tanh que satura menos; é barata, mas hoje raramente é escolhida.',
    },
    leaky_relu: {
      name: 'Leaky ReLU',
      explanation:
        'A Leaky ReLU é uma ReLU com uma pequena inclinação a para as entradas negativas, no lugar do 0. ' +
        'Assim, um neurônio cujas entradas ficam negativas ainda recebe algum gradiente e pode se recuperar: ' +
        'com a > 0, nenhum neurônio morre. Os frameworks discordam sobre a inclinação padrão: seguimos o 0,01 ' +
        'do PyTorch, enquanto Keras e TensorFlow usam 0,2 ou 0,3, conforme a função. Exatamente em 0 ' +
        'adotamos a inclinação da esquerda, a.',
    },
    prelu: {
      name: 'PReLU',
      explanation:
        'A PReLU (ReLU paramétrica) tem o formato da Leaky ReLU, mas sua inclinação negativa w é um peso que ' +
        'a rede aprende por retropropagação, um por camada ou um por canal; o PyTorch começa com 0,25. Mova o ' +
        'controle para ver as formas possíveis: w = 0 dá a ReLU, w = 1 a identidade, e um w negativo vira a ' +
        'metade esquerda para cima, e a função deixa de ser monotônica. Aprender w quase não custa nada: para ' +
        'uma entrada negativa, o gradiente em relação a w é o próprio x.',
    },
    relu6: {
      name: 'ReLU6',
      explanation:
        'A ReLU6 é uma ReLU com teto em 6: entradas entre 0 e 6 passam sem mudança, as menores viram 0 e as ' +
        'maiores viram 6. Uma saída limitada se comporta bem em aritmética de baixa precisão, e por isso a ' +
        'MobileNetV2 a usa. A inclinação é 1 estritamente entre 0 e 6 e 0 em todo o resto, inclusive nos dois ' +
        'cantos, como no PyTorch: um neurônio preso acima de 6 aprende tão pouco quanto um preso abaixo de 0.',
    },
    elu: {
      name: 'ELU',
      explanation:
        'A ELU (unidade linear exponencial) é a identidade para entradas positivas e α(eˣ − 1) para as ' +
        'negativas, uma curva que se estabiliza em −α. As saídas negativas puxam a média das ativações para ' +
        'perto de zero, e as entradas negativas mantêm inclinação diferente de zero, então os neurônios não ' +
        'morrem. Com α = 1 a inclinação é contínua em 0; com outro α ela salta de α para 1, e exatamente em 0 ' +
        'adotamos o valor da esquerda, α. A exponencial a torna mais cara que a ReLU.',
    },
    celu: {
      name: 'CELU',
      explanation:
        'A CELU (ELU continuamente diferenciável) reescala o ramo negativo da ELU para α(exp(x/α) − 1). ' +
        'Ela continua se estabilizando em −α, mas sua inclinação em 0 vale 1 dos dois lados para qualquer α, ' +
        'então a derivada nunca dá saltos, ao contrário da ELU com α ≠ 1. Com α = 1 ela é exatamente a ELU; ' +
        'um α maior estica o ramo negativo, que passa a chegar a −α mais devagar.',
    },
    silu: {
      name: 'SiLU / Swish',
      explanation:
        'A SiLU multiplica a entrada pela sua própria sigmoide, x·σ(βx): a entrada regula a si mesma ' +
        '(self-gating). É suave, fica próxima da ReLU para |x| grande e desce um pouco abaixo de zero (até ' +
        'cerca de −0,28 perto de x ≈ −1,28, com β = 1), então não é monotônica. Uma busca automática feita ' +
        'por pesquisadores do Google a redescobriu e a batizou de Swish; a EfficientNet a usa. A SiLU do ' +
        'PyTorch e a swish do Keras fixam β = 1, nosso padrão; β = 0 dá x/2, e um β grande se aproxima da ' +
        'ReLU.',
    },
    mish: {
      name: 'Mish',
      explanation:
        'A Mish, x·tanh(softplus(x)), lembra muito a SiLU: suave, ilimitada para cima, limitada para baixo, ' +
        'com um pequeno mergulho até cerca de −0,31 perto de x ≈ −1,19. Ficou conhecida com o detector de ' +
        'objetos YOLOv4, que a usa na rede base (backbone). Como na SiLU e na GELU, a inclinação passa um ' +
        'pouco de 1 (chega a cerca de 1,09) antes de se acomodar em 1. O preço é o custo: cada valor exige ' +
        'uma exponencial, um logaritmo e uma tanh, enquanto a ReLU precisa de uma só comparação.',
    },
    gelu: {
      name: 'GELU (exata, erf)',
      explanation:
        'A GELU (unidade linear de erro gaussiano) multiplica a entrada por Φ(x), a probabilidade de uma ' +
        'variável normal padrão ficar abaixo de x: entradas grandes passam quase intactas, as muito negativas ' +
        'são quase zeradas e, no meio, a curva desce até cerca de −0,17. É a ativação do BERT, do GPT-2 e de ' +
        'muitos Transformers posteriores. Esta é a forma exata, escrita com a função erro erf; é o padrão do ' +
        'PyTorch, enquanto o JAX usa por padrão a aproximação por tanh, que aparece separada na lista.',
    },
    gelu_tanh: {
      name: 'GELU (aproximação por tanh)',
      explanation:
        'Esta forma da GELU troca Φ(x) por ½(1 + tanh(√(2/π)·(x + 0,044715x³))), uma aproximação do próprio ' +
        'artigo da GELU que dispensa a função erro. O código do BERT, do Google, e o do GPT-2, da OpenAI, ' +
        'usam essa fórmula, e ela é o padrão do JAX; no PyTorch é nn.GELU(approximate="tanh"). Ela fica a ' +
        'menos de 0,0005 da GELU exata, e a inclinação a menos de 0,001, então aqui as duas parecem iguais: ' +
        'compare os números, não os desenhos.',
    },
    softplus: {
      name: 'Softplus',
      explanation:
        'A softplus, (1/β)·ln(1 + exp(βx)), é uma ReLU suave: sempre positiva, perto de 0 para entradas muito ' +
        'negativas e perto de x para as grandes; um β maior deixa a curva mais fechada. Sua derivada é a ' +
        'sigmoide σ(βx), então o gradiente nunca é exatamente 0 e nenhum neurônio morre. Como no PyTorch, ' +
        'quando βx passa do limiar (20 por padrão) devolvemos o próprio x: com 20 isso não se nota, mas ' +
        'diminua o limiar para ver o salto que essa troca cria.',
    },
    logsigmoid: {
      name: 'LogSigmoid',
      explanation:
        'A LogSigmoid é o logaritmo da sigmoide, ln σ(x) = −softplus(−x): sempre negativa, perto de 0 para ' +
        'entradas grandes e perto da reta y = x para as muito negativas. Sua inclinação, σ(−x) = 1 − σ(x), ' +
        'cai de 1 para 0 à medida que x cresce. Ela aparece dentro de funções de perda para rótulos binários, ' +
        'como a entropia cruzada binária calculada a partir dos logits. Calcular log(sigmoid(x)) em duas ' +
        'etapas falha na cauda negativa, onde a sigmoide arredonda para 0 e o logaritmo para −∞; a forma com ' +
        'softplus continua precisa.',
    },
    hardtanh: {
      name: 'Hardtanh',
      explanation:
        'A Hardtanh é uma versão linear por partes da tanh: a identidade entre mín e máx (−1 e 1 por padrão), ' +
        'cortada nesses valores fora do intervalo. Custa duas comparações, e a ReLU6 é o caso mín = 0, ' +
        'máx = 6. Sua inclinação é 1 estritamente dentro do intervalo e 0 fora dele e nos dois cantos; um ' +
        'neurônio empurrado para a parte plana não recebe gradiente nenhum, uma saturação ainda mais dura que ' +
        'a da tanh.',
    },
    hardsigmoid: {
      name: 'Hardsigmoid',
      explanation:
        'A Hardsigmoid troca a sigmoide por três segmentos de reta: 0 até x = −3, a reta x/6 + 1/2 entre −3 ' +
        'e 3, e 1 a partir de 3. É barata, o que conta em celulares: a MobileNetV3 a usa nos blocos de ' +
        'squeeze-and-excitation. As definições variam: seguimos o PyTorch e o Keras 3, relu6(x + 3)/6, ' +
        'enquanto o Keras antigo usava 0,2x + 0,5, que satura em x = ±2,5. A inclinação é 1/6 estritamente ' +
        'dentro de (−3, 3) e 0 no resto, inclusive em ±3.',
    },
    hardswish: {
      name: 'Hardswish',
      explanation:
        'A Hardswish, x·relu6(x + 3)/6, é uma imitação barata da SiLU/Swish: 0 até −3, a identidade a partir ' +
        'de 3 e, no meio, a parábola x(x + 3)/6, que desce até −0,375 em x = −1,5. A MobileNetV3 a criou para ' +
        'manter quase todo o ganho da Swish com menos custo em celulares. A inclinação salta nas duas pontas ' +
        'da parábola; adotamos o valor de dentro, como o PyTorch: f′(−3) = −1/2 e f′(3) = 3/2, e entre 1,5 ' +
        'e 3 a inclinação passa de 1.',
    },
    softshrink: {
      name: 'Softshrink',
      explanation:
        'A Softshrink zera toda entrada entre −λ e λ e aproxima as outras de zero em λ: x − λ acima de λ, ' +
        'x + λ abaixo de −λ. É o limiar suave (soft thresholding), o passo que elimina coeficientes pequenos ' +
        'em codificação esparsa e na remoção de ruído com wavelets (o operador proximal da penalidade L1, ' +
        'λ|x|). A curva é contínua, mas a inclinação salta entre 0 e 1 em ±λ; exatamente em ±λ adotamos a ' +
        'inclinação 0 da parte central plana.',
    },
    hardshrink: {
      name: 'Hardshrink',
      explanation:
        'A Hardshrink mantém a entrada intacta quando |x| > λ e a zera nos outros casos: é o limiar rígido ' +
        '(hard thresholding), que descarta valores pequenos sem encolher os grandes. Diferente da Softshrink, ' +
        'ela dá um salto de tamanho λ em x = ±λ; nesses pontos adotamos valor 0 e inclinação 0, como o ' +
        'PyTorch. A derivada só vale 1 ou 0, então uma entrada que cai na faixa zerada não recebe gradiente ' +
        'nenhum.',
    },
    tanhshrink: {
      name: 'Tanhshrink',
      explanation:
        'A Tanhshrink é x − tanh x: quase plana perto da origem, onde se comporta como x³/3, e próxima das ' +
        'retas x − 1 e x + 1 para entradas grandes, positivas e negativas. Sua inclinação, tanh² x, é 0 na ' +
        'origem e tende a 1 longe dela: entradas pequenas são abafadas e as grandes passam, uma parente suave ' +
        'das funções de encolhimento (shrink). O PyTorch a oferece, mas as redes atuais quase não a usam.',
    },
    threshold: {
      name: 'Threshold (limiar)',
      explanation:
        'A Threshold deixa x passar quando ele está acima do limiar θ e, nos outros casos, o troca por um ' +
        'valor fixo v; com θ = 0 e v = 0 ela é a ReLU. A menos que v = θ, a função dá um salto em θ, e ' +
        'exatamente em θ vale v, com inclinação 0. Sua derivada é 1 acima de θ e 0 abaixo, então a ' +
        'retropropagação nunca enxerga o salto, por maior que ele seja.',
    },
    softmax: {
      name: 'Softmax',
      explanation:
        'A softmax transforma um vetor de logits em probabilidades: exponencia cada um e divide pela soma, ' +
        'então as saídas são positivas e somam 1. Ela fecha os classificadores de várias classes e pondera ' +
        'os valores na atenção dos Transformers. Cada saída depende de todas as entradas: ' +
        '∂yᵢ/∂zⱼ = yᵢ(δᵢⱼ − yⱼ)/T. Somar a mesma constante a todos os logits não muda nada, e por isso um ' +
        'código cuidadoso subtrai o maior logit antes de exponenciar.',
    },
    log_softmax: {
      name: 'LogSoftmax',
      explanation:
        'A LogSoftmax dá o logaritmo de cada probabilidade da softmax, zᵢ/T − ln Σⱼ exp(zⱼ/T), então suas ' +
        'saídas nunca são positivas. As perdas de entropia cruzada a usam por estabilidade numérica: uma ' +
        'softmax seguida de logaritmo pode arredondar uma probabilidade minúscula para 0 e seu logaritmo ' +
        'para −∞, enquanto esta forma, calculada depois de subtrair o maior logit, continua finita. A ' +
        'CrossEntropyLoss do PyTorch aplica a LogSoftmax e depois a log-verossimilhança negativa.',
    },
    softmin: {
      name: 'Softmin',
      explanation:
        'A softmin é a softmax aplicada aos logits com o sinal trocado, softmax(−z): o menor valor recebe a ' +
        'maior probabilidade. Serve para pontuações em que menor é melhor, como distâncias ou custos, ' +
        'transformando-as em pesos que somam 1. A temperatura age como na softmax: um T pequeno concentra ' +
        'quase todo o peso no mínimo, um T grande distribui por igual. O PyTorch a oferece como nn.Softmin.',
    },
  },
  vectorFunctionLabel: 'Função',
  temperatureLabel: 'Temperatura',
  temperatureValue: (t) => `temperatura ${t}`,
  logitsLegend: 'Logits',
  addLogit: 'Acrescentar um logit',
  removeLogit: 'Tirar o último',
  vectorCaption: (name, t) => `${name} à temperatura ${t}`,
  jacobianTitle: (name, t) => `Jacobiana de ${name} à temperatura ${t}: ∂yᵢ/∂zⱼ`,
  jacobianScale: (limit) => `Cores numa escala fixa de −${limit} a ${limit}; entradas maiores aparecem com a cor plena.`,
  jacobianExplanation:
    'A jacobiana diz quanto cada saída se move quando um logit se move: para a softmax, a entrada (i, j) é ' +
    '∂yᵢ/∂zⱼ = yᵢ(δᵢⱼ − yⱼ)/T. Vermelho é positivo (a diagonal: aumentar um logit aumenta a própria ' +
    'probabilidade), azul é negativo. Uma temperatura maior divide cada entrada por T: veja as cores desbotarem.',
  jacobianDescription: (name, n) => `Mapa de calor da jacobiana ${n} por ${n} de ${name}; a aba Dados lista as entradas.`,
  entropy: (h, max) => `Entropia: ${nats(h)} (no máximo ${nats(max)}, para probabilidades iguais).`,
  barsHint: 'Arraste uma barra para cima ou para baixo para mudar o seu logit; ou foque um valor abaixo e use as setas (±0,5).',
  output: (name, z, value) => `${name} = ${z}: ${value}`,
  barDescription: (name, t, low, high, list) => `Gráfico de barras de ${name} à temperatura ${t}, y de ${low} a ${high}: ${list}.`,
  comparisonHeading: 'Temperatura 1 ao lado da temperatura 2, como no notebook do curso',
  temperatureCaption: (t) => `T = ${t}`,
  openFull: 'Abrir o explorador completo',
  embedHeading: 'Incorporar esta visualização',
  embedIframeIntro: 'Em qualquer página: um iframe desta visualização, sem a página em volta, e um pequeno script que ajusta a altura do iframe ao conteúdo.',
  embedIframeLabel: 'Trecho do iframe',
  embedElementIntro: 'Ou, onde a página pode carregar scripts: o elemento activation-plot, que desenha a função e a derivada ali mesmo.',
  embedElementLabel: 'Trecho do elemento personalizado',
  copySnippet: 'Copiar',
  snippetCopied: 'Copiado.',
  frameTitle: (name) => `Explorador de ativações: ${name}`,
  footer: 'Calculado no seu navegador com C++ compilado para WebAssembly; gráficos do Chart.js.',
};
