// Os textos de cada linha do catálogo em português do Brasil, pelo id: nome, explicação, nota
// de convenção e rótulos dos parâmetros e predefinições. Espelha en.js.

export default {
  families: {
    classic: 'Clássicas',
    relu: 'Família ReLU',
    smooth: 'Suaves e autorreguladas',
    hard: 'Rígidas e de encolhimento',
    periodic: 'Periódicas',
    vector: 'Funções vetoriais',
    gated: 'Unidades lineares com porta',
  },
  rows: {
    linear: {
      name: 'Linear (sem ativação)',
      explanation:
        'Nenhuma ativação: a saída é igual à entrada e a inclinação vale 1 em todo lugar. Camadas ' +
        'lineares empilhadas equivalem a uma só transformação linear, então uma rede sem não linearidade ' +
        'não aprende fronteiras de decisão curvas. Ainda é a escolha usual na saída de uma rede de ' +
        'regressão.',
      convention: 'Todos os frameworks concordam: a identidade, com f′ = 1.',
    },
    sigmoid: {
      name: 'Sigmoide',
      explanation:
        'A sigmoide comprime qualquer entrada no intervalo (0, 1). Foi por muito tempo a preferida para ' +
        'as camadas internas, por suas interpretações probabilística e biológica; hoje aparece sobretudo ' +
        'na saída de classificadores binários. Sua inclinação é no máximo 0,25 e fica minúscula fora de ' +
        'aproximadamente [−2, 2]: multiplicada por muitas camadas, quase desaparece. É o problema do ' +
        'gradiente que desaparece (vanishing gradient), que torna o treino de redes profundas lento ou ' +
        'até impossível.',
      convention: 'Todos os frameworks concordam: 1/(1 + e⁻ˣ).',
    },
    tanh: {
      name: 'Tanh',
      explanation:
        'A tangente hiperbólica tem o formato em S da sigmoide, mas vai de −1 a 1 e é centrada em zero. ' +
        'Sua inclinação chega a 1 na origem, quatro vezes o máximo da sigmoide, então seus gradientes são' +
        ' bem maiores, embora ainda desapareçam longe do zero. Continua comum dentro de células ' +
        'recorrentes, como a LSTM.',
      convention: 'Todos os frameworks concordam.',
    },
    softsign: {
      name: 'Softsign',
      explanation:
        'A softsign, x/(1 + |x|), tem o formato em S da tanh e o mesmo intervalo, (−1, 1), mas se ' +
        'aproxima dos limites devagar, como 1/x, e não exponencialmente. Sua inclinação, 1/(1 + |x|)², ' +
        'vale 1 na origem e cai suavemente: em x = 10 ainda é cerca de 0,008, enquanto a da tanh já está ' +
        'abaixo de 10⁻⁸. Foi estudada como uma tanh que satura menos; é barata, mas hoje raramente é ' +
        'escolhida.',
      convention: 'Todos os frameworks concordam: x/(1 + |x|).',
    },
    exponential: {
      name: 'Exponencial',
      explanation:
        'A exponencial eˣ como ativação: sempre positiva, cresce sem limite e é igual à sua própria ' +
        'derivada. Serve onde a saída precisa ser positiva, como uma taxa ou uma variância prevista como ' +
        'a exponencial de uma unidade linear, e está dentro da softmax. Em camadas internas é arriscada: ' +
        'a partir de x ≈ 709,8 ela estoura a precisão dupla, e o gradiente cresce exatamente tão depressa' +
        ' quanto a função.',
      convention: 'A exponential do Keras é exp(x); f e f′ estouram para ∞ juntas, a partir de x ≈ 709,78.',
    },
    gaussian: {
      name: 'Gaussiana',
      explanation:
        'O sino gaussiano exp(−x²) vale 1 na origem e cai para 0 dos dois lados. É uma função de base ' +
        'radial, a peça das redes RBF, cujas unidades respondem à proximidade da entrada a um centro, e ' +
        'não ao lado de um limiar em que ela está. A inclinação −2x·exp(−x²) é máxima em módulo em x = ' +
        '±1/√2 ≈ ±0,71 e some longe da origem, dos dois lados.',
      convention:
        'exp(−x²), sem o 1/√(2π) da densidade normal; nem PyTorch, nem Keras, nem JAX, nem TensorFlow a ' +
        'oferece como ativação.',
    },
    relu: {
      name: 'ReLU',
      explanation:
        'A ReLU mantém as entradas positivas e troca as negativas por 0. É a escolha mais comum para as ' +
        'camadas internas: barata de calcular e com inclinação constante igual a 1 para entradas ' +
        'positivas, de modo que o gradiente passa sem encolher. Para entradas negativas a inclinação é 0:' +
        ' um neurônio cujas entradas ficam negativas para de aprender (a “ReLU morta”). Exatamente em 0 ' +
        'adotamos inclinação 0, como o PyTorch.',
      convention: 'relu′(0) = 0, como PyTorch, JAX e TensorFlow a derivam.',
    },
    leaky_relu: {
      name: 'Leaky ReLU',
      explanation:
        'A Leaky ReLU é uma ReLU com uma pequena inclinação a para as entradas negativas, no lugar do 0. ' +
        'Assim, um neurônio cujas entradas ficam negativas ainda recebe algum gradiente e pode se ' +
        'recuperar: com a > 0, nenhum neurônio morre. Os frameworks discordam sobre a inclinação padrão: ' +
        'seguimos o 0,01 do PyTorch, enquanto Keras e TensorFlow usam 0,2 ou 0,3, conforme a função. ' +
        'Exatamente em 0 adotamos a inclinação da esquerda, a.',
      convention:
        'Os padrões diferem: a = 0,01 no PyTorch e no JAX, 0,2 na leaky_relu do Keras e na ' +
        'tf.nn.leaky_relu, 0,3 na camada LeakyReLU do Keras; a relu(negative_slope = a) do Keras é a ' +
        'mesma função. Em 0 usamos a inclinação da esquerda, a, como o PyTorch (o JAX usa 1).',
      parameters: {
        negative_slope: 'inclinação negativa (a)',
      },
      presets: {
        pytorch: 'PyTorch e JAX (0,01)',
        keras: 'Keras e TensorFlow (0,2)',
        keras_layer: 'Camada LeakyReLU do Keras (0,3)',
      },
    },
    prelu: {
      name: 'PReLU',
      explanation:
        'A PReLU (ReLU paramétrica) tem o formato da Leaky ReLU, mas sua inclinação negativa w é um peso ' +
        'que a rede aprende por retropropagação, um por camada ou um por canal; o PyTorch começa com ' +
        '0,25. Mova o controle para ver as formas possíveis: w = 0 dá a ReLU, w = 1 a identidade, e um w ' +
        'negativo vira a metade esquerda para cima, e a função deixa de ser monotônica. Aprender w quase ' +
        'não custa nada: para uma entrada negativa, o gradiente em relação a w é o próprio x.',
      convention:
        'Um único peso compartilhado, iniciado em 0,25 como na torch.nn.PReLU (a camada PReLU do Keras ' +
        'começa em 0) e aprendido no treino.',
      parameters: {
        weight: 'peso (w)',
      },
    },
    rrelu: {
      name: 'RReLU (aleatória)',
      explanation:
        'A RReLU é uma Leaky ReLU cuja inclinação negativa é aleatória no treino: cada entrada negativa ' +
        'sorteia a inclinação uniformemente em [lower, upper], de 1/8 a 1/3 por padrão, o que atua como ' +
        'regularização. Na avaliação a inclinação fica na média, (lower + upper)/2 ≈ 0,229, e é essa a ' +
        'curva desenhada aqui. Foi proposta num estudo de unidades retificadas para classificação de ' +
        'imagens (Xu et al., 2015).',
      convention:
        'O modo de avaliação da torch.nn.RReLU: a inclinação (lower + upper)/2. No treino cada entrada ' +
        'negativa sorteia a inclinação em [lower, upper].',
      parameters: {
        lower: 'inferior (l)',
        upper: 'superior (u)',
      },
    },
    relu6: {
      name: 'ReLU6',
      explanation:
        'A ReLU6 é uma ReLU com teto em 6: entradas entre 0 e 6 passam sem mudança, as menores viram 0 e ' +
        'as maiores viram 6. Uma saída limitada se comporta bem em aritmética de baixa precisão, e por ' +
        'isso a MobileNetV2 a usa. A inclinação é 1 estritamente entre 0 e 6 e 0 em todo o resto, ' +
        'inclusive nos dois cantos, como no PyTorch: um neurônio preso acima de 6 aprende tão pouco ' +
        'quanto um preso abaixo de 0.',
      convention:
        'f′ = 0 nas duas quinas, 0 e 6, como no PyTorch e no JAX; a relu(max_value = 6) do Keras é a ' +
        'mesma função.',
    },
    relu_squared: {
      name: 'ReLU ao quadrado',
      explanation:
        'A ReLU ao quadrado, max(0, x)², surgiu de uma busca automática por camadas feed-forward melhores' +
        ' para Transformers (a arquitetura Primer, So et al., 2021). Vale 0 para entradas negativas e ' +
        'cresce como x² para as positivas. A inclinação 2x é contínua, então, ao contrário da ReLU, não ' +
        'há quina em 0, mas entradas grandes recebem inclinações grandes, o que pode deixar o treino ' +
        'menos estável.',
      convention:
        'max(0, x)², cuja inclinação 2x não tem limite; os frameworks a compõem com relu e um quadrado.',
    },
    elu: {
      name: 'ELU',
      explanation:
        'A ELU (unidade linear exponencial) é a identidade para entradas positivas e α(eˣ − 1) para as ' +
        'negativas, uma curva que se estabiliza em −α. As saídas negativas puxam a média das ativações ' +
        'para perto de zero, e as entradas negativas mantêm inclinação diferente de zero, então os ' +
        'neurônios não morrem. Com α = 1 a inclinação é contínua em 0; com outro α ela salta de α para 1,' +
        ' e exatamente em 0 adotamos o valor da esquerda, α. A exponencial a torna mais cara que a ReLU.',
      convention: 'α = 1 em todos os frameworks; em 0 usamos a inclinação da esquerda, α, como o PyTorch.',
      parameters: {
        alpha: 'α (alfa)',
      },
    },
    celu: {
      name: 'CELU',
      explanation:
        'A CELU (ELU continuamente diferenciável) reescala o ramo negativo da ELU para α(exp(x/α) − 1). ' +
        'Ela continua se estabilizando em −α, mas sua inclinação em 0 vale 1 dos dois lados para qualquer' +
        ' α, então a derivada nunca dá saltos, ao contrário da ELU com α ≠ 1. Com α = 1 ela é exatamente ' +
        'a ELU; um α maior estica o ramo negativo, que passa a chegar a −α mais devagar.',
      convention: 'α = 1 no PyTorch, no JAX e no Keras 3.',
      parameters: {
        alpha: 'α (alfa)',
      },
    },
    selu: {
      name: 'SELU',
      explanation:
        'A SELU (unidade linear exponencial escalada) é uma reta escalada para entradas positivas e uma ' +
        'exponencial escalada que se estabiliza em −escala·α para as negativas. As entradas negativas ' +
        'mantêm inclinação diferente de zero, evitando a “ReLU morta”; com as constantes padrão (α ≈ ' +
        '1,6733, escala ≈ 1,0507) as ativações tendem a manter média zero e variância um de camada em ' +
        'camada: a rede se autonormaliza (self-normalizing). O notebook do curso usava α = 3 e escala = ' +
        '1: experimente essa predefinição.',
      convention:
        'As constantes padrão α ≈ 1,6733 e escala ≈ 1,0507, em todos os frameworks; os α = 3 e escala = 1' +
        ' do notebook do curso são uma predefinição.',
      parameters: {
        alpha: 'α (alfa)',
        scale: 'escala',
      },
      presets: {
        standard: 'Constantes padrão',
        notebook: 'Notebook do curso (α = 3, escala = 1)',
      },
    },
    silu: {
      name: 'SiLU / Swish',
      explanation:
        'A SiLU multiplica a entrada pela sua própria sigmoide, x·σ(βx): a entrada regula a si mesma ' +
        '(self-gating). É suave, fica próxima da ReLU para |x| grande e desce um pouco abaixo de zero ' +
        '(até cerca de −0,28 perto de x ≈ −1,28, com β = 1), então não é monotônica. Uma busca automática' +
        ' feita por pesquisadores do Google a redescobriu e a batizou de Swish; a EfficientNet a usa. A ' +
        'SiLU do PyTorch e a swish do Keras fixam β = 1, nosso padrão; β = 0 dá x/2, e um β grande se ' +
        'aproxima da ReLU.',
      convention:
        'β = 1 na SiLU do PyTorch, na silu e na swish do Keras e na silu do JAX; a tf.nn.silu recebe β, o' +
        ' parâmetro treinável da Swish, como argumento.',
      parameters: {
        beta: 'β (beta)',
      },
    },
    mish: {
      name: 'Mish',
      explanation:
        'A Mish, x·tanh(softplus(x)), lembra muito a SiLU: suave, ilimitada para cima, limitada para ' +
        'baixo, com um pequeno mergulho até cerca de −0,31 perto de x ≈ −1,19. Ficou conhecida com o ' +
        'detector de objetos YOLOv4, que a usa na rede base (backbone). Como na SiLU e na GELU, a ' +
        'inclinação passa um pouco de 1 (chega a cerca de 1,09) antes de se acomodar em 1. O preço é o ' +
        'custo: cada valor exige uma exponencial, um logaritmo e uma tanh, enquanto a ReLU precisa de uma' +
        ' só comparação.',
      convention: 'Todos os frameworks concordam: x·tanh(softplus(x)).',
    },
    gelu: {
      name: 'GELU (exata, erf)',
      explanation:
        'A GELU (unidade linear de erro gaussiano) multiplica a entrada por Φ(x), a probabilidade de uma ' +
        'variável normal padrão ficar abaixo de x: entradas grandes passam quase intactas, as muito ' +
        'negativas são quase zeradas e, no meio, a curva desce até cerca de −0,17. É a ativação do BERT, ' +
        'do GPT-2 e de muitos Transformers posteriores. Esta é a forma exata, escrita com a função erro ' +
        'erf; é o padrão do PyTorch, enquanto o JAX usa por padrão a aproximação por tanh, que aparece ' +
        'separada na lista.',
      convention:
        'A forma exata, com erf: a nn.GELU() do PyTorch e a gelu do Keras e do TensorFlow a usam por ' +
        'padrão; a jax.nn.gelu do JAX usa por padrão a forma com tanh (GELU, aproximação com tanh).',
    },
    gelu_tanh: {
      name: 'GELU (aproximação por tanh)',
      explanation:
        'Esta forma da GELU troca Φ(x) por ½(1 + tanh(√(2/π)·(x + 0,044715x³))), uma aproximação do ' +
        'próprio artigo da GELU que dispensa a função erro. O código do BERT, do Google, e o do GPT-2, da' +
        ' OpenAI, usam essa fórmula, e ela é o padrão do JAX; no PyTorch é nn.GELU(approximate="tanh"). ' +
        'Ela fica a menos de 0,0005 da GELU exata, e a inclinação a menos de 0,001, então aqui as duas ' +
        'parecem iguais: compare os números, não os desenhos.',
      convention:
        'A gelu padrão do JAX; no PyTorch GELU(approximate = "tanh"), no Keras e no TensorFlow ' +
        'gelu(approximate = True).',
    },
    quick_gelu: {
      name: 'QuickGELU',
      explanation:
        'A QuickGELU, x·σ(1,702x), aproxima a GELU com uma única sigmoide: σ(1,702x) fica a menos de ' +
        'cerca de 0,01 da função de distribuição normal Φ(x). A OpenAI treinou o CLIP com ela, e os ' +
        'modelos construídos sobre o CLIP a mantêm. É a SiLU com β = 1,702: a mesma forma, um pouco mais ' +
        'acentuada, com mínimo de cerca de −0,164 perto de x ≈ −0,75.',
      convention:
        'Como a QuickGELUActivation do Hugging Face Transformers; nem PyTorch, nem Keras, nem JAX, nem ' +
        'TensorFlow a oferece (é a SiLU com β = 1,702).',
    },
    softplus: {
      name: 'Softplus',
      explanation:
        'A softplus, (1/β)·ln(1 + exp(βx)), é uma ReLU suave: sempre positiva, perto de 0 para entradas ' +
        'muito negativas e perto de x para as grandes; um β maior deixa a curva mais fechada. Sua ' +
        'derivada é a sigmoide σ(βx), então o gradiente nunca é exatamente 0 e nenhum neurônio morre. ' +
        'Como no PyTorch, quando βx passa do limiar (20 por padrão) devolvemos o próprio x: com 20 isso ' +
        'não se nota, mas diminua o limiar para ver o salto que essa troca cria.',
      convention:
        'O PyTorch devolve o próprio x onde βx > threshold (20), o que deixa um salto de log(1 + ' +
        'e^−threshold)/β (2·10⁻⁹ nos padrões); Keras, JAX e TensorFlow calculam log(1 + eˣ), sem β nem ' +
        'limiar.',
      parameters: {
        beta: 'β (beta)',
        threshold: 'limiar de βx',
      },
    },
    squareplus: {
      name: 'Squareplus',
      explanation:
        'A squareplus, (x + √(x² + b))/2, é uma ReLU suave feita só com uma raiz quadrada: sem ' +
        'exponencial nem logaritmo, é barata e nunca estoura. Como a softplus, é positiva, perto de 0 ' +
        'para entradas muito negativas e perto de x para as grandes; b controla o quanto a curva é ' +
        'arredondada, e b → 0 dá a ReLU. A cauda esquerda é lenta: para x negativo ela decai como ' +
        'b/(4|x|), não exponencialmente.',
      convention:
        'b = 4, como no Keras e no JAX, que calculam (x + √(x² + b))/2 como está escrito: para x muito ' +
        'negativo isso perde os dígitos, então ali usamos a forma igual b/(2(√(x² + b) − x)).',
      parameters: {
        b: 'b (suavidade)',
      },
    },
    logsigmoid: {
      name: 'LogSigmoid',
      explanation:
        'A LogSigmoid é o logaritmo da sigmoide, ln σ(x) = −softplus(−x): sempre negativa, perto de 0 ' +
        'para entradas grandes e perto da reta y = x para as muito negativas. Sua inclinação, σ(−x) = 1 −' +
        ' σ(x), cai de 1 para 0 à medida que x cresce. Ela aparece dentro de funções de perda para ' +
        'rótulos binários, como a entropia cruzada binária calculada a partir dos logits. Calcular ' +
        'log(sigmoid(x)) em duas etapas falha na cauda negativa, onde a sigmoide arredonda para 0 e o ' +
        'logaritmo para −∞; a forma com softplus continua precisa.',
      convention: 'Todos os frameworks concordam: −softplus(−x).',
    },
    lisht: {
      name: 'LiSHT',
      explanation:
        'A LiSHT, x·tanh(x), é uma função par: trata x e −x igualmente, nunca é negativa e cresce como ' +
        '|x| dos dois lados. Ao contrário da ReLU, a inclinação não some para entradas negativas (tende a' +
        ' −1), então nenhuma unidade morre, e perto de 0 ela se comporta como x². Foi proposta para ' +
        'classificadores de imagens e de sentimento (Roy et al., 2019).',
      convention:
        'x·tanh(x), como o artigo a define; nem PyTorch, nem Keras, nem JAX, nem TensorFlow a oferece.',
    },
    elish: {
      name: 'ELiSH',
      explanation:
        'A ELiSH junta a SiLU para entradas positivas a uma curva à moda da ELU para as negativas: x·σ(x)' +
        ' para x ≥ 0 e (eˣ − 1)·σ(x) abaixo de 0. Ela desce a cerca de −0,172 perto de x ≈ −0,88 e volta ' +
        'a subir em direção a 0, então, como a SiLU, não é monótona. A inclinação em 0 vale 1/2 dos dois ' +
        'lados. Foi proposta numa busca por ativações de Basirat e Roth (2018).',
      convention:
        'Como o artigo a define; f′ é contínua em 0 (1/2 dos dois lados). Nem PyTorch, nem Keras, nem ' +
        'JAX, nem TensorFlow a oferece.',
    },
    hardtanh: {
      name: 'Hardtanh',
      explanation:
        'A Hardtanh é uma versão linear por partes da tanh: a identidade entre mín e máx (−1 e 1 por ' +
        'padrão), cortada nesses valores fora do intervalo. Custa duas comparações, e a ReLU6 é o caso ' +
        'mín = 0, máx = 6. Sua inclinação é 1 estritamente dentro do intervalo e 0 fora dele e nos dois ' +
        'cantos; um neurônio empurrado para a parte plana não recebe gradiente nenhum, uma saturação ' +
        'ainda mais dura que a da tanh.',
      convention:
        'f′ = 0 nas duas quinas, como no PyTorch; a hard_tanh do Keras e do JAX fixa os limites em −1 e ' +
        '1.',
      parameters: {
        min_val: 'mín',
        max_val: 'máx',
      },
    },
    hardsigmoid: {
      name: 'Hardsigmoid',
      explanation:
        'A Hardsigmoid troca a sigmoide por três segmentos de reta: 0 até x = −3, a reta x/6 + 1/2 entre ' +
        '−3 e 3, e 1 a partir de 3. É barata, o que conta em celulares: a MobileNetV3 a usa nos blocos de' +
        ' squeeze-and-excitation. As definições variam: seguimos o PyTorch e o Keras 3, relu6(x + 3)/6, ' +
        'enquanto o Keras antigo usava 0,2x + 0,5, que satura em x = ±2,5. A inclinação é 1/6 ' +
        'estritamente dentro de (−3, 3) e 0 no resto, inclusive em ±3.',
      convention:
        'relu6(x + 3)/6, como no PyTorch, no JAX e no Keras 3; o Keras 2 (tf.keras até o TensorFlow 2.15)' +
        ' usava clip(0,2x + 0,5, 0, 1), que satura em ±2,5.',
    },
    hardswish: {
      name: 'Hardswish',
      explanation:
        'A Hardswish, x·relu6(x + 3)/6, é uma imitação barata da SiLU/Swish: 0 até −3, a identidade a ' +
        'partir de 3 e, no meio, a parábola x(x + 3)/6, que desce até −0,375 em x = −1,5. A MobileNetV3 a' +
        ' criou para manter quase todo o ganho da Swish com menos custo em celulares. A inclinação salta ' +
        'nas duas pontas da parábola; adotamos o valor de dentro, como o PyTorch: f′(−3) = −1/2 e f′(3) =' +
        ' 3/2, e entre 1,5 e 3 a inclinação passa de 1.',
      convention:
        'f′(−3) = −1/2 e f′(3) = 3/2, os valores de dentro, como o backward do PyTorch os calcula; Keras ' +
        'e JAX a chamam de hard_silu ou hard_swish.',
    },
    sparse_plus: {
      name: 'SparsePlus',
      explanation:
        'A SparsePlus é uma softplus tornada exatamente esparsa: 0 para x ≤ −1, a parábola (x + 1)²/4 ' +
        'entre −1 e 1, e x a partir de 1. Os pedaços se encontram com a mesma inclinação, então a ' +
        'derivada é contínua, mas toda entrada abaixo de −1 dá exatamente 0 e nenhum gradiente. A ' +
        'derivada dela é a SparseSigmoid. Ambas vêm da teoria das perdas de Fenchel–Young (Blondel et ' +
        'al., 2020).',
      convention: 'Como a jax.nn.sparse_plus e o Keras 3: a parábola no intervalo aberto (−1, 1).',
    },
    sparse_sigmoid: {
      name: 'SparseSigmoid',
      explanation:
        'A SparseSigmoid troca a sigmoide por uma rampa reta: 0 até −1, (x + 1)/2 entre −1 e 1, e 1 a ' +
        'partir de 1. É a derivada da SparsePlus. Como a Hardsigmoid, atinge 0 e 1 exatamente, mas a ' +
        'rampa é mais íngreme, de inclinação 1/2, numa faixa mais estreita. Fora de (−1, 1) a inclinação ' +
        'é 0, e nenhum gradiente passa.',
      convention:
        'Em x = ±1 usamos a inclinação 0 dos pedaços planos, como dão os ramos x ≤ −1 e x ≥ 1 do Keras 3.',
    },
    softshrink: {
      name: 'Softshrink',
      explanation:
        'A Softshrink zera toda entrada entre −λ e λ e aproxima as outras de zero em λ: x − λ acima de λ,' +
        ' x + λ abaixo de −λ. É o limiar suave (soft thresholding), o passo que elimina coeficientes ' +
        'pequenos em codificação esparsa e na remoção de ruído com wavelets (o operador proximal da ' +
        'penalidade L1, λ|x|). A curva é contínua, mas a inclinação salta entre 0 e 1 em ±λ; exatamente ' +
        'em ±λ adotamos a inclinação 0 da parte central plana.',
      convention: 'λ = 0,5, chamado lambd no PyTorch e threshold no Keras 3.',
      parameters: {
        lambd: 'λ (lambda)',
      },
    },
    hardshrink: {
      name: 'Hardshrink',
      explanation:
        'A Hardshrink mantém a entrada intacta quando |x| > λ e a zera nos outros casos: é o limiar ' +
        'rígido (hard thresholding), que descarta valores pequenos sem encolher os grandes. Diferente da ' +
        'Softshrink, ela dá um salto de tamanho λ em x = ±λ; nesses pontos adotamos valor 0 e inclinação ' +
        '0, como o PyTorch. A derivada só vale 1 ou 0, então uma entrada que cai na faixa zerada não ' +
        'recebe gradiente nenhum.',
      convention: 'λ = 0,5 no PyTorch e no Keras 3; f = 0 no intervalo fechado [−λ, λ].',
      parameters: {
        lambd: 'λ (lambda)',
      },
    },
    tanhshrink: {
      name: 'Tanhshrink',
      explanation:
        'A Tanhshrink é x − tanh x: quase plana perto da origem, onde se comporta como x³/3, e próxima ' +
        'das retas x − 1 e x + 1 para entradas grandes, positivas e negativas. Sua inclinação, tanh² x, é' +
        ' 0 na origem e tende a 1 longe dela: entradas pequenas são abafadas e as grandes passam, uma ' +
        'parente suave das funções de encolhimento (shrink). O PyTorch a oferece, mas as redes atuais ' +
        'quase não a usam.',
      convention: 'Todos os frameworks concordam: x − tanh x.',
    },
    threshold: {
      name: 'Threshold (limiar)',
      explanation:
        'A Threshold deixa x passar quando ele está acima do limiar θ e, nos outros casos, o troca por um' +
        ' valor fixo v; com θ = 0 e v = 0 ela é a ReLU. A menos que v = θ, a função dá um salto em θ, e ' +
        'exatamente em θ vale v, com inclinação 0. Sua derivada é 1 acima de θ e 0 abaixo, então a ' +
        'retropropagação nunca enxerga o salto, por maior que ele seja.',
      convention:
        'A nn.Threshold do PyTorch e a threshold do Keras 3 recebem os dois argumentos sem padrão; os ' +
        'nossos são θ = 0,5 e v = 0. Ambas devolvem v em x = θ.',
      parameters: {
        threshold: 'limiar (θ)',
        value: 'valor (v)',
      },
    },
    snake: {
      name: 'Snake',
      explanation:
        'A Snake, x + sin²(ax)/a, soma uma ondulação periódica à identidade. Foi proposta para aprender ' +
        'padrões periódicos, como séries sazonais, que redes com ReLU e tanh não conseguem extrapolar ' +
        '(Ziyin et al., 2020); modelos de áudio como o BigVGAN a usam. A inclinação 1 + sin(2ax) oscila ' +
        'entre 0 e 2, então a função nunca decresce. A frequência a define o período da ondulação, π/a; ' +
        'quando a → 0 a Snake tende à identidade.',
      convention:
        'a = 1; f′ não tem limite em ±∞ (oscila), então ±∞ dão NaN ali. Modelos de áudio aprendem um a ' +
        'por canal.',
      parameters: {
        a: 'a (frequência)',
      },
    },
    sine: {
      name: 'Seno',
      explanation:
        'O seno sin(w·x) como ativação é o coração das redes SIREN (Sitzmann et al., 2020), que ' +
        'representam imagens, sons e formas como funções contínuas das suas coordenadas. Uma ativação ' +
        'periódica capta detalhes finos, e as derivadas dela são senos de novo, então as derivadas do ' +
        'sinal ajustado também se comportam bem. A frequência w importa: a primeira camada da SIREN usa w' +
        ' = 30.',
      convention:
        'sin(w·x), com w·x reduzido exatamente para qualquer x; em ±∞ não há limite, e o resultado é NaN.',
      parameters: {
        w: 'w (frequência)',
      },
    },
    softmax: {
      name: 'Softmax',
      explanation:
        'A softmax transforma um vetor de logits em probabilidades: exponencia cada um e divide pela ' +
        'soma, então as saídas são positivas e somam 1. Ela fecha os classificadores de várias classes e ' +
        'pondera os valores na atenção dos Transformers. Cada saída depende de todas as entradas: ∂yᵢ/∂zⱼ' +
        ' = yᵢ(δᵢⱼ − yⱼ)/T. Somar a mesma constante a todos os logits não muda nada, e por isso um código' +
        ' cuidadoso subtrai o maior logit antes de exponenciar.',
      convention:
        'Softmax de z/T no último eixo, como a nn.Softmax(dim = −1) dos logits escalados; os frameworks ' +
        'não recebem temperatura.',
      parameters: {
        temperature: 'temperatura (T)',
      },
    },
    log_softmax: {
      name: 'LogSoftmax',
      explanation:
        'A LogSoftmax dá o logaritmo de cada probabilidade da softmax, zᵢ/T − ln Σⱼ exp(zⱼ/T), então suas' +
        ' saídas nunca são positivas. As perdas de entropia cruzada a usam por estabilidade numérica: uma' +
        ' softmax seguida de logaritmo pode arredondar uma probabilidade minúscula para 0 e seu logaritmo' +
        ' para −∞, enquanto esta forma, calculada depois de subtrair o maior logit, continua finita. A ' +
        'CrossEntropyLoss do PyTorch aplica a LogSoftmax e depois a log-verossimilhança negativa.',
      convention: 'log softmax(z/T), calculado por log-sum-exp depois de subtrair o maior logit.',
      parameters: {
        temperature: 'temperatura (T)',
      },
    },
    softmin: {
      name: 'Softmin',
      explanation:
        'A softmin é a softmax aplicada aos logits com o sinal trocado, softmax(−z): o menor valor recebe' +
        ' a maior probabilidade. Serve para pontuações em que menor é melhor, como distâncias ou custos, ' +
        'transformando-as em pesos que somam 1. A temperatura age como na softmax: um T pequeno concentra' +
        ' quase todo o peso no mínimo, um T grande distribui por igual. O PyTorch a oferece como ' +
        'nn.Softmin.',
      convention: 'softmax(−z/T), como a nn.Softmin do PyTorch; os outros frameworks não têm softmin.',
      parameters: {
        temperature: 'temperatura (T)',
      },
    },
    sparsemax: {
      name: 'Sparsemax',
      explanation:
        'A sparsemax transforma logits em probabilidades, como a softmax, mas por uma projeção euclidiana' +
        ' no simplex de probabilidades, de modo que logits pequenos recebem probabilidade exatamente 0. ' +
        'Ela subtrai um mesmo limiar τ de todos os logits e corta em 0, com τ escolhido para que as ' +
        'saídas somem 1. O resultado é esparso e fácil de ler, bom para atenção sobre muitos itens e ' +
        'saídas multirrótulo (Martins e Astudillo, 2016).',
      convention: 'sparsemax(z/T); a sparsemax do Keras 3 não tem temperatura (T = 1).',
      parameters: {
        temperature: 'temperatura (T)',
      },
    },
    entmax15: {
      name: '1,5-entmax',
      explanation:
        'A 1,5-entmax fica entre a softmax e a sparsemax: eleva ao quadrado uma reta com limiar, pᵢ = ' +
        'max(zᵢ/2 − τ, 0)², e por isso as probabilidades caem suavemente até exatamente 0. Na família ' +
        'entmax a softmax é α = 1 e a sparsemax α = 2; α = 1,5 mantém a esparsidade com gradientes mais ' +
        'suaves e já serviu de atenção esparsa em Transformers (Peters et al., 2019; Correia et al., ' +
        '2019).',
      convention:
        'O algoritmo exato por ordenação do pacote entmax, aplicado a z/T; nem PyTorch, nem Keras, nem ' +
        'JAX, nem TensorFlow a oferece.',
      parameters: {
        temperature: 'temperatura (T)',
      },
    },
    glu: {
      name: 'GLU (linear com porta)',
      explanation:
        'Uma unidade linear com porta divide a entrada em duas metades a e b e devolve a·σ(b): a segunda ' +
        'metade decide, por uma porta sigmoide, quanto da primeira passa. Foi criada para modelos de ' +
        'linguagem convolucionais (Dauphin et al., 2017). A saída tem metade do tamanho da entrada, e o ' +
        'gradiente chega a a sem atravessar uma não linearidade, o que facilita treinar pilhas profundas.',
      convention: 'Como a torch.nn.functional.glu: a primeira metade da entrada é a, a segunda a porta b.',
    },
    reglu: {
      name: 'ReGLU',
      explanation:
        'A ReGLU usa uma ReLU como porta, no lugar da sigmoide: a·max(0, b). Onde b ≤ 0, a saída e o ' +
        'gradiente valem 0; no resto a saída é o produto a·b. É uma das variantes da GLU que Shazeer ' +
        '(2020) testou nas camadas feed-forward de Transformers, onde as variantes com porta superaram a ' +
        'camada ReLU comum do mesmo tamanho.',
      convention: 'a·relu(b) com relu′(0) = 0; os frameworks deixam que ela seja escrita à mão.',
    },
    geglu: {
      name: 'GEGLU',
      explanation:
        'A GEGLU usa a GELU como porta: a·GELU(b). Ficou entre as melhores variantes da GLU de Shazeer ' +
        '(2020) nas camadas feed-forward de Transformers, e modelos como o T5 v1.1 e os blocos ' +
        'transformer do Stable Diffusion a usam. Como a GELU fica um pouco abaixo de 0 para b negativo, a' +
        ' porta também pode inverter levemente o sinal de a.',
      convention: 'Com a GELU exata, com erf; algumas implementações usam a forma com tanh.',
    },
    swiglu: {
      name: 'SwiGLU',
      explanation:
        'A SwiGLU usa a SiLU (Swish) como porta: a·b·σ(b). É a ativação feed-forward do PaLM e das ' +
        'famílias de modelos Llama e Mistral, que calculam duas projeções da mesma entrada e multiplicam ' +
        'uma pela SiLU da outra. Nos experimentos de Shazeer (2020) ela superou as camadas ReLU e GELU ' +
        'pelo mesmo custo.',
      convention: 'Com a SiLU, a Swish com β = 1, como as camadas feed-forward do Llama a usam.',
    },
  },
};
