// Todos os textos da página em português do Brasil; as chaves espelham en.js.
export default {
  htmlLang: 'pt-BR',
  title: 'Funções de ativação de perto',
  languageLabel: 'Idioma',
  loading: 'Carregando o módulo WebAssembly…',
  loadError: 'Não foi possível carregar o módulo WebAssembly. Recarregue a página para tentar de novo.',
  intro:
    'Cada função abaixo é calculada em WebAssembly, a partir de C++ que continua preciso bem longe da origem. ' +
    'Escolha uma para vê-la ao lado da sua derivada: a inclinação que a retropropagação multiplica camada a camada.',
  functionHeading: 'Função e derivada',
  functionLabel: 'Função',
  parametersLegend: 'Parâmetros',
  reset: 'Voltar aos valores padrão',
  presets: {
    standard: 'Constantes padrão',
    notebook: 'Notebook do curso (α = 3, escala = 1)',
  },
  parameterNames: { alpha: 'α (alfa)', scale: 'escala' },
  families: { classic: 'Clássicas', relu: 'Família ReLU' },
  valueCaption: (name) => `${name}: f(x)`,
  derivativeCaption: (name) => `Derivada de ${name}: f′(x)`,
  chartDescription: (what, from, to, low, high) =>
    `Gráfico de linha de ${what} para x de ${from} a ${to}; y vai de ${low} a ${high}.`,
  functions: {
    linear: {
      name: 'Linear (sem ativação)',
      explanation:
        'Nenhuma ativação: a saída é igual à entrada e a inclinação vale 1 em todo lugar. ' +
        'Camadas lineares empilhadas equivalem a uma só transformação linear, então uma rede sem ' +
        'não linearidade não aprende fronteiras de decisão curvas.',
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
        'exponencial escalada que se estabiliza em −escala·α para as negativas. As entradas negativas ' +
        'mantêm inclinação diferente de zero, evitando a “ReLU morta”; com as constantes padrão ' +
        '(α ≈ 1,6733, escala ≈ 1,0507) as ativações tendem a manter média zero e variância um de camada ' +
        'em camada. O notebook do curso usava α = 3 e escala = 1: experimente essa predefinição.',
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
        'A tangente hiperbólica tem o formato em S da sigmoide, mas vai de −1 a 1 e é centrada em zero. ' +
        'Sua inclinação chega a 1 na origem, quatro vezes o máximo da sigmoide, então seus gradientes são ' +
        'bem maiores, embora ainda desapareçam longe do zero.',
    },
  },
  softmaxHeading: 'Softmax',
  softmaxExplanation:
    'A softmax recebe várias entradas de uma vez e transforma uma lista de pontuações (logits) em uma ' +
    'distribuição de probabilidade; por isso fecha as redes que classificam entre várias classes. Ela ' +
    'exponencia cada pontuação, deixando todas positivas sem mudar a ordem, e divide pela soma, para que ' +
    'os resultados somem 1. A temperatura divide os logits antes: acima de 1 ela equilibra as ' +
    'probabilidades; abaixo de 1, concentra-as no maior logit.',
  logitsLegend: 'Logits',
  logitLabel: (index) => `Logit ${index + 1}`,
  addLogit: 'Adicionar um logit',
  removeLogit: 'Remover o último logit',
  temperatureLabel: 'Temperatura',
  temperatureValue: (t) => `temperatura ${t}`,
  softmaxCaption: (t) => `Probabilidades da softmax com temperatura ${t}`,
  probability: (logit, p) => `logit ${logit}: probabilidade ${p}`,
  barDescription: (t, list) => `Gráfico de barras das probabilidades da softmax com temperatura ${t}: ${list}.`,
  comparisonHeading: 'Temperatura 1 ao lado da temperatura 2, como no notebook do curso',
  temperatureOne: 'Temperatura 1',
  temperatureTwo: 'Temperatura 2',
  footer: 'Calculado no seu navegador com C++ compilado para WebAssembly; gráficos com Chart.js.',
};
