<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Data</name>
    <message>
        <source>MFN (normal) duties</source>
        <translation>最惠国（正常）关税</translation>
    </message>
    <message>
        <source>Section 301 List 1</source>
        <translation>301关税清单1</translation>
    </message>
    <message>
        <source>Section 301 List 2</source>
        <translation>301关税清单2</translation>
    </message>
    <message>
        <source>Section 301 List 3</source>
        <translation>301关税清单3</translation>
    </message>
    <message>
        <source>Section 301 List 4A</source>
        <translation>301关税清单4A</translation>
    </message>
    <message>
        <source>Section 301 review: electric vehicles</source>
        <translation>301条款审查：电动汽车</translation>
    </message>
    <message>
        <source>Section 301 review: syringes, needles, gloves</source>
        <translation>301条款审查：注射器、针头、手套</translation>
    </message>
    <message>
        <source>Section 301 review: solar cells</source>
        <translation>301条款审查：太阳能电池</translation>
    </message>
    <message>
        <source>Section 301 review: semiconductors, polysilicon, wafers</source>
        <translation>301条款审查：半导体、多晶硅、晶圆</translation>
    </message>
    <message>
        <source>Section 301 review: lithium-ion batteries and parts</source>
        <translation>301条款审查：锂离子电池及其零部件</translation>
    </message>
    <message>
        <source>Section 301 review: face masks and respirators</source>
        <translation>301条款审查：口罩及呼吸防护器</translation>
    </message>
    <message>
        <source>Section 301 review: steel, aluminium, minerals, cranes, tungsten, graphite, magnets</source>
        <translation>301条款审查：钢铁、铝、矿产、起重机、钨、石墨、磁体</translation>
    </message>
    <message>
        <source>Section 232 steel</source>
        <translation>232条款钢铁关税</translation>
    </message>
    <message>
        <source>Section 232 aluminium</source>
        <translation>232条款铝关税</translation>
    </message>
    <message>
        <source>Section 232 copper</source>
        <translation>232条款铜关税</translation>
    </message>
    <message>
        <source>Section 232 steel and aluminium derivatives</source>
        <translation>232条款钢铝衍生品关税</translation>
    </message>
    <message>
        <source>Section 232 metals: 15% floor goods (Annex III)</source>
        <translation>232条款金属关税：适用15%下限的商品（附件III）</translation>
    </message>
    <message>
        <source>Section 232 passenger vehicles and light trucks</source>
        <translation>232条款乘用车和轻型卡车关税</translation>
    </message>
    <message>
        <source>Section 232 auto parts</source>
        <translation>232条款汽车零部件关税</translation>
    </message>
    <message>
        <source>Section 232 medium and heavy trucks and parts</source>
        <translation>232条款中型和重型卡车及零部件关税</translation>
    </message>
    <message>
        <source>Section 232 buses</source>
        <translation>232条款客车关税</translation>
    </message>
    <message>
        <source>Section 232 softwood timber and lumber</source>
        <translation>232条款软木木材和锯材关税</translation>
    </message>
    <message>
        <source>Section 232 upholstered wooden furniture</source>
        <translation>232条款软垫木制家具关税</translation>
    </message>
    <message>
        <source>Section 232 kitchen cabinets and vanities</source>
        <translation>232条款厨房橱柜和浴室柜关税</translation>
    </message>
    <message>
        <source>Section 232 semiconductors (advanced chips)</source>
        <translation>232条款半导体关税（先进芯片）</translation>
    </message>
    <message>
        <source>Section 232 patented pharmaceuticals</source>
        <translation>232条款专利药品关税</translation>
    </message>
    <message>
        <source>Section 232 drones</source>
        <translation>232条款无人机关税</translation>
    </message>
    <message>
        <source>Section 201 safeguard: solar modules</source>
        <translation>201条款保障措施：太阳能组件</translation>
    </message>
    <message>
        <source>Section 201 safeguard: washing machines</source>
        <translation>201条款保障措施：洗衣机</translation>
    </message>
    <message>
        <source>IEEPA &apos;fentanyl&apos; duty</source>
        <translation>IEEPA“芬太尼”关税</translation>
    </message>
    <message>
        <source>IEEPA &apos;reciprocal&apos; duty</source>
        <translation>IEEPA“对等”关税</translation>
    </message>
    <message>
        <source>Section 122 surcharge</source>
        <translation>122条款附加关税</translation>
    </message>
    <message>
        <source>Section 301 forced-labour action</source>
        <translation>301条款“强迫劳动”措施</translation>
    </message>
    <message>
        <source>Retaliation against Section 232: pork, aluminium scrap (25%)</source>
        <translation>对232条款的反制：猪肉、铝废料（25%）</translation>
    </message>
    <message>
        <source>Retaliation against Section 232: fruit, nuts, wine, steel pipe (15%)</source>
        <translation>对232条款的反制：水果、坚果、葡萄酒、钢管（15%）</translation>
    </message>
    <message>
        <source>Retaliation list 1 ($34B)</source>
        <translation>反制清单一（340亿美元）</translation>
    </message>
    <message>
        <source>Retaliation list 2 ($16B)</source>
        <translation>反制清单二（160亿美元）</translation>
    </message>
    <message>
        <source>Retaliation list 3 ($60B), top rate</source>
        <translation>反制清单三（600亿美元），最高税率档</translation>
    </message>
    <message>
        <source>Retaliation vs List 4 (Sep 2019), top rate</source>
        <translation>针对清单4的反制（2019年9月），最高税率档</translation>
    </message>
    <message>
        <source>Coal and LNG (Feb 2025)</source>
        <translation>煤炭和液化天然气（2025年2月）</translation>
    </message>
    <message>
        <source>Crude oil, farm machinery, cars (Feb 2025)</source>
        <translation>原油、农业机械、汽车（2025年2月）</translation>
    </message>
    <message>
        <source>Chicken, wheat, corn, cotton (Mar 2025)</source>
        <translation>鸡肉、小麦、玉米、棉花（2025年3月）</translation>
    </message>
    <message>
        <source>Soybeans, pork, beef and other farm goods (Mar 2025)</source>
        <translation>大豆、猪肉、牛肉及其他农产品（2025年3月）</translation>
    </message>
    <message>
        <source>Counter &apos;reciprocal&apos; tariff</source>
        <translation>对等反制关税</translation>
    </message>
    <message>
        <source>China&apos;s unverified whitelist (share exempted)</source>
        <translation>中方未经核实的白名单（豁免份额）</translation>
    </message>
    <message>
        <source>Geneva truce (US side)</source>
        <translation>日内瓦关税休战（美方）</translation>
    </message>
    <message>
        <source>Geneva truce (China side)</source>
        <translation>日内瓦关税休战（中方）</translation>
    </message>
    <message>
        <source>Smartphones</source>
        <translation>智能手机</translation>
    </message>
    <message>
        <source>Other telephone and network equipment</source>
        <translation>其他电话机及网络设备</translation>
    </message>
    <message>
        <source>Solar cells and modules</source>
        <translation>太阳能电池及组件</translation>
    </message>
    <message>
        <source>Semiconductors and LEDs</source>
        <translation>半导体及发光二极管</translation>
    </message>
    <message>
        <source>Lithium-ion batteries</source>
        <translation>锂离子电池</translation>
    </message>
    <message>
        <source>Other batteries and battery parts</source>
        <translation>其他电池及电池零件</translation>
    </message>
    <message>
        <source>Permanent magnets</source>
        <translation>永磁体</translation>
    </message>
    <message>
        <source>Monitors and television receivers</source>
        <translation>显示器及电视接收机</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <source>Other computers and units</source>
        <translation>其他计算机及其部件</translation>
    </message>
    <message>
        <source>Toys</source>
        <translation>玩具</translation>
    </message>
    <message>
        <source>Video game consoles and games</source>
        <translation>视频游戏机及游戏</translation>
    </message>
    <message>
        <source>Motor vehicle parts</source>
        <translation>机动车零部件</translation>
    </message>
    <message>
        <source>Electric vehicles and buses</source>
        <translation>电动汽车及电动客车</translation>
    </message>
    <message>
        <source>Other passenger vehicles</source>
        <translation>其他乘用车</translation>
    </message>
    <message>
        <source>Syringes and needles</source>
        <translation>注射器及针头</translation>
    </message>
    <message>
        <source>Medical and surgical gloves</source>
        <translation>医用及外科手套</translation>
    </message>
    <message>
        <source>Upholstered wooden seats</source>
        <translation>装软垫的木框架坐具</translation>
    </message>
    <message>
        <source>Drones (unmanned aircraft)</source>
        <translation>无人机（无人驾驶航空器）</translation>
    </message>
    <message>
        <source>Soybeans</source>
        <translation>大豆</translation>
    </message>
    <message>
        <source>Crude oil</source>
        <translation>原油</translation>
    </message>
    <message>
        <source>Liquefied natural gas</source>
        <translation>液化天然气</translation>
    </message>
    <message>
        <source>Propane, butane and other LPG</source>
        <translation>丙烷、丁烷及其他液化石油气</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>煤炭</translation>
    </message>
    <message>
        <source>Pork</source>
        <translation>猪肉</translation>
    </message>
    <message>
        <source>Beef</source>
        <translation>牛肉</translation>
    </message>
    <message>
        <source>Poultry</source>
        <translation>禽肉</translation>
    </message>
    <message>
        <source>Wheat</source>
        <translation>小麦</translation>
    </message>
    <message>
        <source>Corn (maize)</source>
        <translation>玉米</translation>
    </message>
    <message>
        <source>Sorghum</source>
        <translation>高粱</translation>
    </message>
    <message>
        <source>Raw cotton</source>
        <translation>原棉</translation>
    </message>
    <message>
        <source>Ethane and other saturated hydrocarbons</source>
        <translation>乙烷及其他饱和烃</translation>
    </message>
    <message>
        <source>Integrated circuits</source>
        <translation>集成电路</translation>
    </message>
    <message>
        <source>Computers and laptops</source>
        <translation>计算机及笔记本电脑</translation>
    </message>
    <message>
        <source>Other telecom equipment</source>
        <translation>其他电信设备</translation>
    </message>
    <message>
        <source>Semiconductors</source>
        <translation>半导体</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Monitors and TVs</source>
        <translation>显示器及电视机</translation>
    </message>
    <message>
        <source>Other electrical</source>
        <translation>其他电气设备</translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation>机械设备</translation>
    </message>
    <message>
        <source>Video game consoles</source>
        <translation>视频游戏机</translation>
    </message>
    <message>
        <source>Sports and festive goods</source>
        <translation>运动及节日用品</translation>
    </message>
    <message>
        <source>Furniture and bedding</source>
        <translation>家具及寝具</translation>
    </message>
    <message>
        <source>Plastics and rubber</source>
        <translation>塑料及橡胶</translation>
    </message>
    <message>
        <source>Electric vehicles</source>
        <translation>电动汽车</translation>
    </message>
    <message>
        <source>Vehicles and parts</source>
        <translation>车辆及零部件</translation>
    </message>
    <message>
        <source>Metals and metal goods</source>
        <translation>金属及金属制品</translation>
    </message>
    <message>
        <source>Apparel and footwear</source>
        <translation>服装及鞋靴</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>纺织品</translation>
    </message>
    <message>
        <source>Chemicals and pharma</source>
        <translation>化工及医药</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>仪器仪表</translation>
    </message>
    <message>
        <source>All other goods</source>
        <translation>其他所有商品</translation>
    </message>
    <message>
        <source>Grains, other oilseeds</source>
        <translation>谷物及其他油籽</translation>
    </message>
    <message>
        <source>Energy (oil, gas, coal)</source>
        <translation>能源（石油、天然气、煤炭）</translation>
    </message>
    <message>
        <source>Aircraft and parts</source>
        <translation>航空器及零部件</translation>
    </message>
    <message>
        <source>Electrical and chips</source>
        <translation>电气设备及芯片</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Plastics and chemicals</source>
        <translation>塑料及化工产品</translation>
    </message>
    <message>
        <source>Pork, beef and poultry</source>
        <translation>猪肉、牛肉及禽肉</translation>
    </message>
    <message>
        <source>Seafood, dairy and food</source>
        <translation>水产品、乳品及食品</translation>
    </message>
    <message>
        <source>Cotton</source>
        <translation>棉花</translation>
    </message>
    <message>
        <source>Wood, pulp and paper</source>
        <translation>木材、纸浆及纸制品</translation>
    </message>
    <message>
        <source>Metals, ores and scrap</source>
        <translation>金属、矿砂及废碎料</translation>
    </message>
    <message>
        <source>Animals; live</source>
        <translation>活动物</translation>
    </message>
    <message>
        <source>Meat and edible meat offal</source>
        <translation>肉及食用杂碎</translation>
    </message>
    <message>
        <source>Fish and crustaceans, molluscs and other aquatic invertebrates</source>
        <translation>鱼、甲壳动物、软体动物及其他水生无脊椎动物</translation>
    </message>
    <message>
        <source>Dairy produce; birds&apos; eggs; natural honey; edible products of animal origin, not elsewhere specified or included</source>
        <translation>乳品；蛋品；天然蜂蜜；其他食用动物产品</translation>
    </message>
    <message>
        <source>Animal originated products; not elsewhere specified or included</source>
        <translation>其他动物产品</translation>
    </message>
    <message>
        <source>Trees and other plants, live; bulbs, roots and the like; cut flowers and ornamental foliage</source>
        <translation>活树及其他活植物；鳞茎、根及类似品；插花及装饰用簇叶</translation>
    </message>
    <message>
        <source>Vegetables and certain roots and tubers; edible</source>
        <translation>食用蔬菜、根及块茎</translation>
    </message>
    <message>
        <source>Fruit and nuts, edible; peel of citrus fruit or melons</source>
        <translation>食用水果及坚果；柑橘属水果或甜瓜的果皮</translation>
    </message>
    <message>
        <source>Coffee, tea, mate and spices</source>
        <translation>咖啡、茶、马黛茶及调味香料</translation>
    </message>
    <message>
        <source>Cereals</source>
        <translation>谷物</translation>
    </message>
    <message>
        <source>Products of the milling industry; malt, starches, inulin, wheat gluten</source>
        <translation>制粉工业产品；麦芽；淀粉；菊粉；面筋</translation>
    </message>
    <message>
        <source>Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit, industrial or medicinal plants; straw and fodder</source>
        <translation>含油子仁及果实；杂项子仁及果实；工业用或药用植物；稻草、秸秆及饲料</translation>
    </message>
    <message>
        <source>Lac; gums, resins and other vegetable saps and extracts</source>
        <translation>虫胶；树胶、树脂及其他植物液、汁</translation>
    </message>
    <message>
        <source>Vegetable plaiting materials; vegetable products not elsewhere specified or included</source>
        <translation>编结用植物材料；其他植物产品</translation>
    </message>
    <message>
        <source>Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes</source>
        <translation>动、植物或微生物油、脂及其分解产品；精制的食用油脂；动、植物蜡</translation>
    </message>
    <message>
        <source>Meat, fish, crustaceans, molluscs or other aquatic invertebrates, or insects; preparations thereof</source>
        <translation>肉、鱼、甲壳动物、软体动物或其他水生无脊椎动物、或昆虫的制品</translation>
    </message>
    <message>
        <source>Sugars and sugar confectionery</source>
        <translation>糖及糖食</translation>
    </message>
    <message>
        <source>Cocoa and cocoa preparations</source>
        <translation>可可及可可制品</translation>
    </message>
    <message>
        <source>Preparations of cereals, flour, starch or milk; pastrycooks&apos; products</source>
        <translation>谷物、粮食粉、淀粉或乳的制品；糕饼点心</translation>
    </message>
    <message>
        <source>Preparations of vegetables, fruit, nuts or other parts of plants</source>
        <translation>蔬菜、水果、坚果或植物其他部分的制品</translation>
    </message>
    <message>
        <source>Miscellaneous edible preparations</source>
        <translation>杂项食品</translation>
    </message>
    <message>
        <source>Beverages, spirits and vinegar</source>
        <translation>饮料、酒及醋</translation>
    </message>
    <message>
        <source>Food industries, residues and wastes thereof; prepared animal fodder</source>
        <translation>食品工业的残渣及废料；配制的动物饲料</translation>
    </message>
    <message>
        <source>Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body</source>
        <translation>烟草、烟草及烟草代用品的制品；非经燃烧吸用的产品，不论是否含有尼古丁；其他供人体摄入尼古丁的含尼古丁的产品</translation>
    </message>
    <message>
        <source>Salt; sulphur; earths, stone; plastering materials, lime and cement</source>
        <translation>盐；硫磺；泥土及石料；石膏料、石灰及水泥</translation>
    </message>
    <message>
        <source>Ores, slag and ash</source>
        <translation>矿砂、矿渣及矿灰</translation>
    </message>
    <message>
        <source>Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes</source>
        <translation>矿物燃料、矿物油及其蒸馏产品；沥青物质；矿物蜡</translation>
    </message>
    <message>
        <source>Inorganic chemicals; organic and inorganic compounds of precious metals; of rare earth metals, of radio-active elements and of isotopes</source>
        <translation>无机化学品；贵金属、稀土金属、放射性元素及其同位素的有机及无机化合物</translation>
    </message>
    <message>
        <source>Organic chemicals</source>
        <translation>有机化学品</translation>
    </message>
    <message>
        <source>Pharmaceutical products</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Fertilizers</source>
        <translation>肥料</translation>
    </message>
    <message>
        <source>Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints, varnishes; putty, other mastics; inks</source>
        <translation>鞣料浸膏及染料浸膏；鞣酸及其衍生物；染料、颜料及其他着色料；油漆及清漆；油灰及其他类似胶粘剂；墨水、油墨</translation>
    </message>
    <message>
        <source>Essential oils and resinoids; perfumery, cosmetic or toilet preparations</source>
        <translation>精油及香膏；芳香料制品及化妆盥洗品</translation>
    </message>
    <message>
        <source>Soap, organic surface-active agents; washing, lubricating, polishing or scouring preparations; artificial or prepared waxes, candles and similar articles, modelling pastes, dental waxes and dental preparations with a basis of plaster</source>
        <translation>肥皂、有机表面活性剂、洗涤剂、润滑剂、人造蜡、调制蜡、光洁剂、蜡烛及类似品、塑型用膏、“牙科用蜡”及牙科用熟石膏制剂</translation>
    </message>
    <message>
        <source>Albuminoidal substances; modified starches; glues; enzymes</source>
        <translation>蛋白类物质；改性淀粉；胶；酶</translation>
    </message>
    <message>
        <source>Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations</source>
        <translation>炸药；烟火制品；火柴；引火合金；易燃材料制品</translation>
    </message>
    <message>
        <source>Photographic or cinematographic goods</source>
        <translation>照相及电影用品</translation>
    </message>
    <message>
        <source>Chemical products n.e.c.</source>
        <translation>杂项化学产品</translation>
    </message>
    <message>
        <source>Plastics and articles thereof</source>
        <translation>塑料及其制品</translation>
    </message>
    <message>
        <source>Rubber and articles thereof</source>
        <translation>橡胶及其制品</translation>
    </message>
    <message>
        <source>Raw hides and skins (other than furskins) and leather</source>
        <translation>生皮（毛皮除外）及皮革</translation>
    </message>
    <message>
        <source>Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)</source>
        <translation>皮革制品；鞍具及挽具；旅行用品、手提包及类似容器；动物肠线（蚕胶丝除外）制品</translation>
    </message>
    <message>
        <source>Furskins and artificial fur; manufactures thereof</source>
        <translation>毛皮、人造毛皮及其制品</translation>
    </message>
    <message>
        <source>Wood and articles of wood; wood charcoal</source>
        <translation>木及木制品；木炭</translation>
    </message>
    <message>
        <source>Cork and articles of cork</source>
        <translation>软木及软木制品</translation>
    </message>
    <message>
        <source>Manufactures of straw, esparto or other plaiting materials; basketware and wickerwork</source>
        <translation>稻草、秸秆、针茅或其他编结材料制品；篮筐及柳条编结品</translation>
    </message>
    <message>
        <source>Pulp of wood or other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard</source>
        <translation>木浆及其他纤维状纤维素浆；回收（废碎）纸或纸板</translation>
    </message>
    <message>
        <source>Paper and paperboard; articles of paper pulp, of paper or paperboard</source>
        <translation>纸及纸板；纸浆、纸或纸板制品</translation>
    </message>
    <message>
        <source>Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans</source>
        <translation>书籍、报纸、印刷图画及其他印刷品；手稿、打字稿及设计图纸</translation>
    </message>
    <message>
        <source>Silk</source>
        <translation>蚕丝</translation>
    </message>
    <message>
        <source>Wool, fine or coarse animal hair; horsehair yarn and woven fabric</source>
        <translation>羊毛、动物细毛或粗毛；马毛纱线及其机织物</translation>
    </message>
    <message>
        <source>Vegetable textile fibres; paper yarn and woven fabrics of paper yarn</source>
        <translation>其他植物纺织纤维；纸纱线及其机织物</translation>
    </message>
    <message>
        <source>Man-made filaments; strip and the like of man-made textile materials</source>
        <translation>化学纤维长丝；化学纤维纺织材料制扁条及类似品</translation>
    </message>
    <message>
        <source>Man-made staple fibres</source>
        <translation>化学纤维短纤</translation>
    </message>
    <message>
        <source>Wadding, felt and nonwovens, special yarns; twine, cordage, ropes and cables and articles thereof</source>
        <translation>絮胎、毡呢及无纺织物；特种纱线；线、绳、索、缆及其制品</translation>
    </message>
    <message>
        <source>Carpets and other textile floor coverings</source>
        <translation>地毯及纺织材料的其他铺地制品</translation>
    </message>
    <message>
        <source>Fabrics; special woven fabrics, tufted textile fabrics, lace, tapestries, trimmings, embroidery</source>
        <translation>特种机织物；簇绒织物；花边；装饰毯；装饰带；刺绣品</translation>
    </message>
    <message>
        <source>Textile fabrics; impregnated, coated, covered or laminated; textile articles of a kind suitable for industrial use</source>
        <translation>浸渍、涂布、包覆或层压的纺织物；工业用纺织制品</translation>
    </message>
    <message>
        <source>Fabrics; knitted or crocheted</source>
        <translation>针织物及钩编织物</translation>
    </message>
    <message>
        <source>Apparel and clothing accessories; knitted or crocheted</source>
        <translation>针织或钩编的服装及衣着附件</translation>
    </message>
    <message>
        <source>Apparel and clothing accessories; not knitted or crocheted</source>
        <translation>非针织或非钩编的服装及衣着附件</translation>
    </message>
    <message>
        <source>Textiles, made up articles; sets; worn clothing and worn textile articles; rags</source>
        <translation>其他纺织制成品；成套物品；旧衣着及旧纺织品；碎织物</translation>
    </message>
    <message>
        <source>Footwear; gaiters and the like; parts of such articles</source>
        <translation>鞋靴、护腿和类似品及其零件</translation>
    </message>
    <message>
        <source>Headgear and parts thereof</source>
        <translation>帽类及其零件</translation>
    </message>
    <message>
        <source>Umbrellas, sun umbrellas, walking-sticks, seat sticks, whips, riding crops; and parts thereof</source>
        <translation>雨伞、阳伞、手杖、鞭子、马鞭及其零件</translation>
    </message>
    <message>
        <source>Feathers and down, prepared; and articles made of feather or of down; artificial flowers; articles of human hair</source>
        <translation>已加工羽毛、羽绒及其制品；人造花；人发制品</translation>
    </message>
    <message>
        <source>Stone, plaster, cement, asbestos, mica or similar materials; articles thereof</source>
        <translation>石料、石膏、水泥、石棉、云母及类似材料的制品</translation>
    </message>
    <message>
        <source>Ceramic products</source>
        <translation>陶瓷产品</translation>
    </message>
    <message>
        <source>Glass and glassware</source>
        <translation>玻璃及其制品</translation>
    </message>
    <message>
        <source>Natural, cultured pearls; precious, semi-precious stones; precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin</source>
        <translation>天然或养殖珍珠、宝石或半宝石、贵金属、包贵金属及其制品；仿首饰；硬币</translation>
    </message>
    <message>
        <source>Iron and steel</source>
        <translation>钢铁</translation>
    </message>
    <message>
        <source>Iron or steel articles</source>
        <translation>钢铁制品</translation>
    </message>
    <message>
        <source>Copper and articles thereof</source>
        <translation>铜及其制品</translation>
    </message>
    <message>
        <source>Nickel and articles thereof</source>
        <translation>镍及其制品</translation>
    </message>
    <message>
        <source>Aluminium and articles thereof</source>
        <translation>铝及其制品</translation>
    </message>
    <message>
        <source>Lead and articles thereof</source>
        <translation>铅及其制品</translation>
    </message>
    <message>
        <source>Zinc and articles thereof</source>
        <translation>锌及其制品</translation>
    </message>
    <message>
        <source>Tin; articles thereof</source>
        <translation>锡及其制品</translation>
    </message>
    <message>
        <source>Metals; n.e.c., cermets and articles thereof</source>
        <translation>其他贱金属、金属陶瓷及其制品</translation>
    </message>
    <message>
        <source>Tools, implements, cutlery, spoons and forks, of base metal; parts thereof, of base metal</source>
        <translation>贱金属工具、器具、利口器、餐匙、餐叉及其零件</translation>
    </message>
    <message>
        <source>Metal; miscellaneous products of base metal</source>
        <translation>贱金属杂项制品</translation>
    </message>
    <message>
        <source>Machinery and mechanical appliances, boilers, nuclear reactors; parts thereof</source>
        <translation>核反应堆、锅炉、机器、机械器具及其零件</translation>
    </message>
    <message>
        <source>Electrical machinery and equipment and parts thereof; sound recorders and reproducers; television image and sound recorders and reproducers, parts and accessories of such articles</source>
        <translation>电机、电气设备及其零件；录音机及放声机、电视图像、声音的录制和重放设备及其零件、附件</translation>
    </message>
    <message>
        <source>Railway, tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds</source>
        <translation>铁道及电车道机车、车辆及其零件；铁道及电车道轨道固定装置及其零件、附件；各种机械（包括电动机械）交通信号设备</translation>
    </message>
    <message>
        <source>Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof</source>
        <translation>车辆及其零件、附件，但铁道及电车道车辆除外</translation>
    </message>
    <message>
        <source>Aircraft, spacecraft, and parts thereof</source>
        <translation>航空器、航天器及其零件</translation>
    </message>
    <message>
        <source>Ships, boats and floating structures</source>
        <translation>船舶及浮动结构体</translation>
    </message>
    <message>
        <source>Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; parts and accessories</source>
        <translation>光学、照相、电影、计量、检验、医疗或外科用仪器及设备、精密仪器及设备；上述物品的零件、附件</translation>
    </message>
    <message>
        <source>Clocks and watches and parts thereof</source>
        <translation>钟表及其零件</translation>
    </message>
    <message>
        <source>Musical instruments; parts and accessories of such articles</source>
        <translation>乐器及其零件、附件</translation>
    </message>
    <message>
        <source>Arms and ammunition; parts and accessories thereof</source>
        <translation>武器、弹药及其零件、附件</translation>
    </message>
    <message>
        <source>Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; lamps and lighting fittings, n.e.c.; illuminated signs, illuminated name-plates and the like; prefabricated buildings</source>
        <translation>家具；寝具、褥垫、弹簧床垫、软坐垫及类似的填充制品；未列名灯具及照明装置；发光标志、发光铭牌及类似品；活动房屋</translation>
    </message>
    <message>
        <source>Toys, games and sports requisites; parts and accessories thereof</source>
        <translation>玩具、游戏品、运动用品及其零件、附件</translation>
    </message>
    <message>
        <source>Miscellaneous manufactured articles</source>
        <translation>杂项制品</translation>
    </message>
    <message>
        <source>Works of art; collectors&apos; pieces and antiques</source>
        <translation>艺术品、收藏品及古物</translation>
    </message>
    <message>
        <source>Commodities not specified according to kind (US chapters 98/99 special provisions)</source>
        <translation>未按种类分列的商品（美国第98/99章特殊条款）</translation>
    </message>
    <message>
        <source>Section 201 safeguard: solar cells and modules (Proclamation 9693)</source>
        <translation>201条款保障措施：太阳能电池及组件（第9693号总统公告）</translation>
    </message>
    <message>
        <source>Section 201 safeguard: large residential washers (Proclamation 9694)</source>
        <translation>201条款保障措施：大型家用洗衣机（第9694号总统公告）</translation>
    </message>
    <message>
        <source>Section 232 steel (Proclamation 9705)</source>
        <translation>232条款钢铁关税（第9705号总统公告）</translation>
    </message>
    <message>
        <source>Section 232 aluminium (Proclamation 9704)</source>
        <translation>232条款铝关税（第9704号总统公告）</translation>
    </message>
    <message>
        <source>Retaliation against Section 232: pork and aluminium scrap</source>
        <translation>对232条款的反制：猪肉和铝废料</translation>
    </message>
    <message>
        <source>Retaliation against Section 232: fruit, nuts, wine, steel pipe</source>
        <translation>对232条款的反制：水果、坚果、葡萄酒、钢管</translation>
    </message>
    <message>
        <source>China MFN tariff cuts on autos and consumer goods</source>
        <translation>中国下调汽车及日用消费品最惠国税率</translation>
    </message>
    <message>
        <source>Retaliation list 1 (vs Section 301 List 1)</source>
        <translation>反制清单一（针对301关税清单1）</translation>
    </message>
    <message>
        <source>Retaliation list 2 (vs Section 301 List 2)</source>
        <translation>反制清单二（针对301关税清单2）</translation>
    </message>
    <message>
        <source>Retaliation list 3 (vs Section 301 List 3)</source>
        <translation>反制清单三（针对301关税清单3）</translation>
    </message>
    <message>
        <source>China MFN tariff cut on 1,585 tariff lines</source>
        <translation>中国下调1585个税目的最惠国税率</translation>
    </message>
    <message>
        <source>Retaliation on US autos and auto parts suspended</source>
        <translation>对美国汽车及零部件暂停加征反制关税</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard: year 2</source>
        <translation>201条款太阳能保障措施：第2年</translation>
    </message>
    <message>
        <source>Section 301 List 3 increase</source>
        <translation>301关税清单3税率上调</translation>
    </message>
    <message>
        <source>Retaliation list 3 raised</source>
        <translation>反制清单三税率上调</translation>
    </message>
    <message>
        <source>Retaliation vs List 4 (first batch)</source>
        <translation>针对清单4的反制（第一批）</translation>
    </message>
    <message>
        <source>List 4A</source>
        <translation>清单4A</translation>
    </message>
    <message>
        <source>Section 301 List 4B suspended</source>
        <translation>301关税清单4B暂停实施</translation>
    </message>
    <message>
        <source>Dec 15 2019 retaliation batch suspended</source>
        <translation>2019年12月15日批次反制关税暂不征收</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard: year 3</source>
        <translation>201条款太阳能保障措施：第3年</translation>
    </message>
    <message>
        <source>Section 232 extended to derivatives (Proclamation 9980)</source>
        <translation>232条款扩展至衍生品（第9980号总统公告）</translation>
    </message>
    <message>
        <source>Phase One: Sep 1 2019 retaliation halved</source>
        <translation>第一阶段协议：2019年9月1日批次反制关税税率减半</translation>
    </message>
    <message>
        <source>Phase One</source>
        <translation>第一阶段协议</translation>
    </message>
    <message>
        <source>Phase One: List 4A cut</source>
        <translation>第一阶段协议：清单4A税率下调</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard: year 4</source>
        <translation>201条款太阳能保障措施：第4年</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard extended four years (Proclamation 10339)</source>
        <translation>201条款太阳能保障措施延期四年（第10339号总统公告）</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard: extension year 2</source>
        <translation>201条款太阳能保障措施：延期第2年</translation>
    </message>
    <message>
        <source>Section 201 washer safeguard ends</source>
        <translation>201条款洗衣机保障措施终止</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard: extension year 3</source>
        <translation>201条款太阳能保障措施：延期第3年</translation>
    </message>
    <message>
        <source>Section 301 four-year review: final modifications announced</source>
        <translation>301条款四年期审查：公布最终修改决定</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2024 tranche at 100%</source>
        <translation>301条款四年期审查：2024年批次（100%）</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2024 tranche at 50%</source>
        <translation>301条款四年期审查：2024年批次（50%）</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2024 tranche at 25%</source>
        <translation>301条款四年期审查：2024年批次（25%）</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2025 tranche at 50%</source>
        <translation>301条款四年期审查：2025年批次（50%）</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2025 tranche at 25%</source>
        <translation>301条款四年期审查：2025年批次（25%）</translation>
    </message>
    <message>
        <source>Fentanyl duty</source>
        <translation>芬太尼关税</translation>
    </message>
    <message>
        <source>IEEPA &apos;fentanyl&apos; tariff (EO 14195)</source>
        <translation>IEEPA“芬太尼”关税（第14195号行政令）</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard: extension year 4</source>
        <translation>201条款太阳能保障措施：延期第4年</translation>
    </message>
    <message>
        <source>Retaliation vs fentanyl tariff (15% annex)</source>
        <translation>反制芬太尼关税（15%税率附件）</translation>
    </message>
    <message>
        <source>Retaliation vs fentanyl tariff (10% annex)</source>
        <translation>反制芬太尼关税（10%税率附件）</translation>
    </message>
    <message>
        <source>IEEPA &apos;fentanyl&apos; tariff raised (EO 14228)</source>
        <translation>IEEPA“芬太尼”关税上调（第14228号行政令）</translation>
    </message>
    <message>
        <source>Retaliation vs fentanyl tariff increase (15% annex)</source>
        <translation>反制芬太尼关税上调（15%税率附件）</translation>
    </message>
    <message>
        <source>Retaliation vs fentanyl tariff increase (10% annex)</source>
        <translation>反制芬太尼关税上调（10%税率附件）</translation>
    </message>
    <message>
        <source>Section 232 steel &amp; aluminium restored (Proclamations 10895/10896)</source>
        <translation>232条款钢铁和铝关税恢复全面实施（第10895/10896号总统公告）</translation>
    </message>
    <message>
        <source>Section 232 derivatives outside chapters 72/73/76 (Proclamations 10895/10896)</source>
        <translation>232条款第72/73/76章以外的衍生品（第10895/10896号总统公告）</translation>
    </message>
    <message>
        <source>232 autos</source>
        <translation>232条款汽车</translation>
    </message>
    <message>
        <source>Section 232 autos (Proclamation 10908)</source>
        <translation>232条款汽车关税（第10908号总统公告）</translation>
    </message>
    <message>
        <source>Rare-earth licensing</source>
        <translation>稀土出口许可</translation>
    </message>
    <message>
        <source>Rare earth export licensing (MOFCOM/GAC)</source>
        <translation>稀土出口许可管理（商务部/海关总署）</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>“解放日”</translation>
    </message>
    <message>
        <source>&apos;Reciprocal&apos; tariff layer (EO 14257, announced Apr 2 &apos;Liberation Day&apos;) - baseline in effect</source>
        <translation>“对等”关税层（第14257号行政令，于4月2日“解放日”宣布）——基准关税生效</translation>
    </message>
    <message>
        <source>Reciprocal-tariff carve-out for electronics (Presidential Memorandum of Apr 11 2025, retroactive)</source>
        <translation>对等关税对电子产品的排除（2025年4月11日总统备忘录，追溯适用）</translation>
    </message>
    <message>
        <source>Reciprocal raised (EO 14259)</source>
        <translation>对等关税上调（第14259号行政令）</translation>
    </message>
    <message>
        <source>Counter &apos;reciprocal&apos; tariff (Customs Tariff Commission 2025 No.4)</source>
        <translation>对等反制关税（国务院关税税则委员会公告2025年第4号）</translation>
    </message>
    <message>
        <source>Counter tariff raised to 84%</source>
        <translation>反制关税上调至84%</translation>
    </message>
    <message>
        <source>145% peak</source>
        <translation>145%峰值</translation>
    </message>
    <message>
        <source>Reciprocal raised (EO 14266)</source>
        <translation>对等关税上调（第14266号行政令）</translation>
    </message>
    <message>
        <source>Counter tariff raised to 125%</source>
        <translation>反制关税上调至125%</translation>
    </message>
    <message>
        <source>Reported exemptions from the 125% counter-tariff (unpublished whitelist)</source>
        <translation>据报道的125%反制关税豁免（未公布的白名单）</translation>
    </message>
    <message>
        <source>De minimis ended for China/HK</source>
        <translation>取消对中国内地和香港的小额豁免</translation>
    </message>
    <message>
        <source>Section 232 auto parts (Proclamation 10908)</source>
        <translation>232条款汽车零部件关税（第10908号总统公告）</translation>
    </message>
    <message>
        <source>Geneva: counter tariff cut (24 pp suspended 90 days)</source>
        <translation>日内瓦：反制关税下调（24个百分点暂停实施90天）</translation>
    </message>
    <message>
        <source>Geneva truce</source>
        <translation>日内瓦关税休战</translation>
    </message>
    <message>
        <source>Geneva: reciprocal cut (24 pp suspended 90 days)</source>
        <translation>日内瓦：对等关税下调（24个百分点暂停实施90天）</translation>
    </message>
    <message>
        <source>De minimis postal duty cut</source>
        <translation>小额邮包关税下调</translation>
    </message>
    <message>
        <source>Section 232 steel &amp; aluminium raised (Proclamation 10947)</source>
        <translation>232条款钢铁和铝关税上调（第10947号总统公告）</translation>
    </message>
    <message>
        <source>London talks</source>
        <translation>伦敦会谈</translation>
    </message>
    <message>
        <source>US-China trade talks open in London</source>
        <translation>中美经贸会谈在伦敦举行</translation>
    </message>
    <message>
        <source>Section 232: household appliances added as steel derivatives</source>
        <translation>232条款：家用电器作为钢铁衍生品纳入征税范围</translation>
    </message>
    <message>
        <source>Section 232 copper (Proclamation 10962)</source>
        <translation>232条款铜关税（第10962号总统公告）</translation>
    </message>
    <message>
        <source>Truce extended</source>
        <translation>关税休战延期</translation>
    </message>
    <message>
        <source>Truce extension (EO, 90 days)</source>
        <translation>关税休战延期（行政令，90天）</translation>
    </message>
    <message>
        <source>Truce extension (90 days)</source>
        <translation>关税休战延期（90天）</translation>
    </message>
    <message>
        <source>Section 232 inclusions: 407 derivative codes added (BIS)</source>
        <translation>232条款增列程序：新增407个衍生品编码（美国商务部工业与安全局）</translation>
    </message>
    <message>
        <source>Rare earth export control expansion (MOFCOM Ann. 55-58, 61, 62)</source>
        <translation>稀土出口管制扩大（商务部公告第55–58、61、62号）</translation>
    </message>
    <message>
        <source>Threatened extra 100% tariff (not implemented)</source>
        <translation>威胁额外加征100%关税（未实施）</translation>
    </message>
    <message>
        <source>232 wood</source>
        <translation>232条款木材</translation>
    </message>
    <message>
        <source>Section 232 softwood timber and lumber (Proclamation 10976)</source>
        <translation>232条款软木原木和锯材关税（第10976号总统公告）</translation>
    </message>
    <message>
        <source>Section 232 upholstered furniture, kitchen cabinets and vanities (Proclamation 10976)</source>
        <translation>232条款软垫家具、厨柜和浴室柜关税（第10976号总统公告）</translation>
    </message>
    <message>
        <source>Busan meeting</source>
        <translation>釜山会晤</translation>
    </message>
    <message>
        <source>Busan Trump-Xi meeting: fentanyl tariff cut announced</source>
        <translation>中美元首釜山会晤：宣布下调芬太尼关税</translation>
    </message>
    <message>
        <source>Section 232 medium- and heavy-duty trucks and parts (Proclamation 10984)</source>
        <translation>232条款中型和重型卡车及零部件关税（第10984号总统公告）</translation>
    </message>
    <message>
        <source>Section 232 buses (Proclamation 10984)</source>
        <translation>232条款客车关税（第10984号总统公告）</translation>
    </message>
    <message>
        <source>Oct 9 rare earth export controls suspended (MOFCOM/GAC Announcement 70)</source>
        <translation>暂停实施10月9日发布的稀土出口管制措施（商务部、海关总署公告第70号）</translation>
    </message>
    <message>
        <source>Busan implementation: 24 pp suspension extended one year</source>
        <translation>落实釜山会晤共识：24个百分点的暂停实施延期一年</translation>
    </message>
    <message>
        <source>Busan implementation: Mar 10 2025 farm retaliation stopped (15% layer)</source>
        <translation>落实釜山会晤共识：停止加征2025年3月10日起实施的农产品反制关税（15%关税层）</translation>
    </message>
    <message>
        <source>Busan implementation: Mar 10 2025 farm retaliation stopped (10% layer)</source>
        <translation>落实釜山会晤共识：停止加征2025年3月10日起实施的农产品反制关税（10%关税层）</translation>
    </message>
    <message>
        <source>IEEPA fentanyl tariff cut (EO of Nov 4 2025)</source>
        <translation>IEEPA芬太尼关税下调（2025年11月4日行政令）</translation>
    </message>
    <message>
        <source>One-year extension</source>
        <translation>延期一年</translation>
    </message>
    <message>
        <source>Reciprocal suspension extended one year (EO of Nov 4 2025)</source>
        <translation>对等关税暂停实施延期一年（2025年11月4日行政令）</translation>
    </message>
    <message>
        <source>Section 301 legacy semiconductors: action at 0% until Jun 2027</source>
        <translation>301条款成熟制程半导体：2027年6月前税率为0%</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2026 tranche at 25%</source>
        <translation>301条款四年期审查：2026年批次，税率25%</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2026 tranche (masks at 50%)</source>
        <translation>301条款四年期审查：2026年批次（口罩50%）</translation>
    </message>
    <message>
        <source>Section 301 four-year review: 2026 tranche (gloves, syringes at 100%)</source>
        <translation>301条款四年期审查：2026年批次（手套、注射器100%）</translation>
    </message>
    <message>
        <source>Section 232 semiconductors (HTS US note 39; 9903.79.01)</source>
        <translation>232条款半导体关税（HTS美国注释39；9903.79.01）</translation>
    </message>
    <message>
        <source>Section 201 solar safeguard expires</source>
        <translation>201条款太阳能保障措施到期</translation>
    </message>
    <message>
        <source>De minimis suspension continued for all countries (EO of Feb 20 2026)</source>
        <translation>继续对所有国家暂停小额豁免（2026年2月20日行政令）</translation>
    </message>
    <message>
        <source>Supreme Court ruling</source>
        <translation>美国联邦最高法院裁决</translation>
    </message>
    <message>
        <source>Learning Resources, Inc. v. Trump / Trump v. V.O.S. Selections (Nos. 24-1287, 25-250) decided</source>
        <translation>Learning Resources, Inc. v. Trump 案 / Trump v. V.O.S. Selections 案（案号24-1287、25-250）作出裁决</translation>
    </message>
    <message>
        <source>Announced increase of Section 122 surcharge to 15% (never proclaimed)</source>
        <translation>宣布将122条款附加关税提高至15%（从未发布总统公告）</translation>
    </message>
    <message>
        <source>MOFCOM response to IEEPA termination and Section 122 (no tariff change)</source>
        <translation>商务部就IEEPA关税终止和122条款附加关税作出回应（关税未作调整）</translation>
    </message>
    <message>
        <source>IEEPA fentanyl tariff terminated (Supreme Court ruling + EO of Feb 20 2026)</source>
        <translation>IEEPA芬太尼关税终止（美国联邦最高法院裁决及2026年2月20日行政令）</translation>
    </message>
    <message>
        <source>IEEPA reciprocal tariff terminated (Supreme Court ruling + EO of Feb 20 2026)</source>
        <translation>IEEPA对等关税终止（美国联邦最高法院裁决及2026年2月20日行政令）</translation>
    </message>
    <message>
        <source>Section 122 temporary import surcharge (Proclamation 11012 of Feb 20 2026)</source>
        <translation>122条款临时进口附加关税（2026年2月20日第11012号总统公告）</translation>
    </message>
    <message>
        <source>CIT orders refunds of IEEPA duties (Atmus Filtration; Judge Eaton)</source>
        <translation>美国国际贸易法院下令退还IEEPA关税（Atmus Filtration案；Eaton法官）</translation>
    </message>
    <message>
        <source>USTR Section 301 investigations into &apos;structural excess capacity&apos; (16 economies incl. China)</source>
        <translation>美国贸易代表办公室就“结构性产能过剩”发起301调查（涉及包括中国在内的16个经济体）</translation>
    </message>
    <message>
        <source>USTR Section 301 investigations of 60 economies (forced-labour import bans)</source>
        <translation>美国贸易代表办公室对60个经济体发起301调查（强迫劳动产品进口禁令）</translation>
    </message>
    <message>
        <source>Section 232 metals overhaul: Annex I-A at 50% of full value (Proclamation 11021)</source>
        <translation>232条款金属关税调整：附件I-A按全部价值征收50%（第11021号总统公告）</translation>
    </message>
    <message>
        <source>Section 232 metals overhaul: Annex I-B at 25% and Annex III floor (Proclamation 11021)</source>
        <translation>232条款金属关税调整：附件I-B税率25%，附件III设下限（第11021号总统公告）</translation>
    </message>
    <message>
        <source>CIT holds Section 122 surcharge unlawful (2-1), relief limited to plaintiffs</source>
        <translation>美国国际贸易法院以2比1裁定122条款附加关税违法，救济仅限于原告</translation>
    </message>
    <message>
        <source>Beijing summit</source>
        <translation>北京峰会</translation>
    </message>
    <message>
        <source>Trump state visit to Beijing; Trump-Xi summit (May 13-15 2026)</source>
        <translation>特朗普对北京进行国事访问；中美元首会晤（2026年5月13–15日）</translation>
    </message>
    <message>
        <source>Statement on restoration of US tariffs via Section 301 (single secondary source)</source>
        <translation>关于美国通过301条款恢复关税的声明（仅有单一二手来源）</translation>
    </message>
    <message>
        <source>Section 301 &apos;forced labor&apos; action proposed (USTR)</source>
        <translation>美国贸易代表办公室提出301条款“强迫劳动”措施</translation>
    </message>
    <message>
        <source>Section 232 metals: Annex I-C machinery at 25%</source>
        <translation>232条款金属关税：附件I-C机械设备25%</translation>
    </message>
    <message>
        <source>Section 122 lapses</source>
        <translation>122条款附加关税到期失效</translation>
    </message>
    <message>
        <source>Section 122 surcharge lapsed</source>
        <translation>122条款附加关税已到期失效</translation>
    </message>
    <message>
        <source>Forced-labor 301</source>
        <translation>301条款“强迫劳动”关税</translation>
    </message>
    <message>
        <source>Section 301 &apos;forced labor&apos; action (US note 52; HTS 9903.05.20-.84)</source>
        <translation>301条款“强迫劳动”措施（美国注释52；HTS 9903.05.20-.84）</translation>
    </message>
    <message>
        <source>Section 232 pharmaceuticals (Proclamation 11020; US note 40; HTS 9903.04.60)</source>
        <translation>232条款药品关税（第11020号总统公告；美国注释40；HTS 9903.04.60）</translation>
    </message>
    <message>
        <source>Section 201 safeguard: quartz surface products</source>
        <translation>201条款保障措施：石英表面制品</translation>
    </message>
    <message>
        <source>Section 232 drones (unmanned aircraft systems)</source>
        <translation>232条款无人机（无人驾驶航空器系统）关税</translation>
    </message>
    <message>
        <source>Scheduled end of China&apos;s one-year suspension of 24 pp of the counter-tariff</source>
        <translation>中方暂停实施24个百分点反制关税一年的安排按期结束</translation>
    </message>
    <message>
        <source>Scheduled end of the suspension of China&apos;s Oct 2025 rare earth controls</source>
        <translation>中方暂停实施2025年10月稀土管制措施的安排按期结束</translation>
    </message>
    <message>
        <source>Truce ends (scheduled)</source>
        <translation>关税休战结束（预定）</translation>
    </message>
    <message>
        <source>Scheduled end of the one-year US-China arrangement (US side)</source>
        <translation>中美一年期安排按期结束（美方）</translation>
    </message>
    <message>
        <source>Section 232 upholstered furniture rises to 30% (scheduled)</source>
        <translation>232条款软垫家具关税提高至30%（预定）</translation>
    </message>
    <message>
        <source>Section 232 kitchen cabinets and vanities rise to 50% (scheduled)</source>
        <translation>232条款厨柜和浴室柜关税提高至50%（预定）</translation>
    </message>
    <message>
        <source>Section 301 legacy semiconductors: duty rises (scheduled)</source>
        <translation>301条款成熟制程半导体：关税上调（预定）</translation>
    </message>
    <message>
        <source>Section 232 Annex III goods move to the Annex I-B rate (scheduled)</source>
        <translation>232条款附件III商品改按附件I-B税率征收（预定）</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾地区</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>文莱</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Myanmar (Burma)</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>transshipped goods</source>
        <translation>转运货物</translation>
    </message>
    <message>
        <source>As enacted</source>
        <translation>已实施措施</translation>
    </message>
    <message>
        <source>History as it happened, to the last day of the legal record (9 Nov 2026): the 2018-19 Section 301 lists and China&apos;s retaliation, the Section 232 and 201 actions, the 2024-26 Section 301 review tranches, the 2025 fentanyl and reciprocal duties, Geneva (14 May 2025), its August extension, the one-year arrangement from 10 Nov 2025, the Supreme Court ruling that ended the IEEPA duties (24 Feb 2026), the Section 122 surcharge to its lapse on 24 Jul 2026 and the Section 301 forced-labour duty from that day.</source>
        <translation>按实际发生的历史，直至法律记录的最后一天（2026年11月9日）：2018–2019年的301条款清单及中方反制措施，232条款和201条款措施，2024–2026年301条款审查的分批加征，2025年的芬太尼关税和对等关税，日内瓦关税休战（2025年5月14日）及其8月的延期，自2025年11月10日起的一年期安排，终止IEEPA关税的美国联邦最高法院裁决（2026年2月24日），122条款附加关税直至其于2026年7月24日到期失效，以及自该日起征收的301条款“强迫劳动”关税。</translation>
    </message>
    <message>
        <source>Geneva truce lapses</source>
        <translation>日内瓦关税休战到期失效</translation>
    </message>
    <message>
        <source>Counterfactual: the Geneva truce is not extended; on 12 Aug 2025 the 24 suspended points return on both sides (US reciprocal 34%, China counter-tariff 34%).</source>
        <translation>反事实情景：日内瓦关税休战未获延期；2025年8月12日，双方暂停实施的24个百分点恢复征收（美国对等关税34%，中国反制关税34%）。</translation>
    </message>
    <message>
        <source>Liberation Day peak kept</source>
        <translation>维持“解放日”峰值</translation>
    </message>
    <message>
        <source>Counterfactual: the mid-April 2025 rates (US 20% fentanyl + 125% reciprocal on top of Section 301 and 232; China 125% on top of its earlier lists) stay in force; no Geneva truce.</source>
        <translation>反事实情景：2025年4月中旬的税率（美方在301条款和232条款关税之上加征20%芬太尼关税和125%对等关税；中方在此前各清单之上加征125%）持续有效；没有日内瓦关税休战。</translation>
    </message>
    <message>
        <source>Pre-2025 rates held</source>
        <translation>维持2025年前税率</translation>
    </message>
    <message>
        <source>Counterfactual: every rate and coverage held at its 20 Jan 2025 level (Section 301 and 232 as they stood, no IEEPA duties, no 2025 retaliation).</source>
        <translation>反事实情景：所有税率和覆盖范围均保持在2025年1月20日的水平（301条款和232条款维持当时状态，无IEEPA关税，无2025年反制措施）。</translation>
    </message>
    <message>
        <source>Rest of ch. 85: Electrical machinery and equipment and parts thereof; sound recorders and reproducers; television image and sound recorders and reproducers, parts and accessories of such articles</source>
        <translation>第85章其余产品：电机、电气设备及其零件；录音机及放声机、电视图像、声音的录制和重放设备及其零件、附件</translation>
    </message>
    <message>
        <source>Rest of ch. 84: Machinery and mechanical appliances, boilers, nuclear reactors; parts thereof</source>
        <translation>第84章其余产品：核反应堆、锅炉、机器、机械器具及其零件</translation>
    </message>
    <message>
        <source>Rest of ch. 95: Toys, games and sports requisites; parts and accessories thereof</source>
        <translation>第95章其余产品：玩具、游戏品、运动用品及其零件、附件</translation>
    </message>
    <message>
        <source>Rest of ch. 87: Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof</source>
        <translation>第87章其余产品：车辆及其零件、附件，但铁道及电车道车辆除外</translation>
    </message>
    <message>
        <source>Rest of ch. 90: Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; parts and accessories</source>
        <translation>第90章其余产品：光学、照相、电影、计量、检验、医疗或外科用仪器及设备、精密仪器及设备；上述物品的零件、附件</translation>
    </message>
    <message>
        <source>Rest of ch. 40: Rubber and articles thereof</source>
        <translation>第40章其余产品：橡胶及其制品</translation>
    </message>
    <message>
        <source>Rest of ch. 94: Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; lamps and lighting fittings, n.e.c.; illuminated signs, illuminated name-plates and the like; prefabricated buildings</source>
        <translation>第94章其余产品：家具；寝具、褥垫、弹簧床垫、软坐垫及类似的填充制品；未列名灯具及照明装置；发光标志、发光铭牌及类似品；活动房屋</translation>
    </message>
    <message>
        <source>Rest of ch. 88: Aircraft, spacecraft, and parts thereof</source>
        <translation>第88章其余产品：航空器、航天器及其零件</translation>
    </message>
    <message>
        <source>Rest of ch. 12: Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit, industrial or medicinal plants; straw and fodder</source>
        <translation>第12章其余产品：含油子仁及果实；杂项子仁及果实；工业用或药用植物；稻草、秸秆及饲料</translation>
    </message>
    <message>
        <source>Rest of ch. 27: Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes</source>
        <translation>第27章其余产品：矿物燃料、矿物油及其蒸馏产品；沥青物质；矿物蜡</translation>
    </message>
    <message>
        <source>Rest of ch. 02: Meat and edible meat offal</source>
        <translation>第02章其余产品：肉及食用杂碎</translation>
    </message>
    <message>
        <source>Rest of ch. 10: Cereals</source>
        <translation>第10章其余产品：谷物</translation>
    </message>
    <message>
        <source>Rest of ch. 52: Cotton</source>
        <translation>第52章其余产品：棉花</translation>
    </message>
    <message>
        <source>Rest of ch. 29: Organic chemicals</source>
        <translation>第29章其余产品：有机化学品</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <source>at the no-change baseline (no range: the scenario leaves its tariffs unchanged)</source>
        <translation>与不变基准持平（无区间：该情景未改变关税）</translation>
    </message>
    <message>
        <source>(range %1 to %2 below)</source>
        <translation>（区间：低%1至%2）</translation>
    </message>
    <message>
        <source>(range %1 to %2 above)</source>
        <translation>（区间：高%1至%2）</translation>
    </message>
    <message>
        <source>(range %1 to %2)</source>
        <translation>（区间：%1至%2）</translation>
    </message>
    <message>
        <source>%1 (%2) below the no-change baseline %3</source>
        <translation>比不变基准%3低%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) above the no-change baseline %3</source>
        <translation>比不变基准%3高%1（%2）</translation>
    </message>
    <message>
        <source>; %1 more than under %2</source>
        <translation>；比%2多%1</translation>
    </message>
    <message>
        <source>; %1 less than under %2</source>
        <translation>；比%2少%1</translation>
    </message>
    <message>
        <source>the average US tariff on Chinese goods</source>
        <translation>美国对中国商品的平均税率</translation>
    </message>
    <message>
        <source>China&apos;s average tariff on US goods</source>
        <translation>中国对美国商品的平均税率</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>When a tariff peaks: &quot;on 10 April 2025&quot;, &quot;from 14 May 2025 on&quot;, &quot;from 10 April 2025 to 2 May 2025&quot;.</extracomment>
        <translation>于%1</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>在%1至%2期间</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>A calendar year or a run of them: &quot;2025&quot;, &quot;2025–2030&quot;.</extracomment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>The first full year of the scenario: &quot;in 2025&quot;, &quot;over Mar 2026 to Feb 2027&quot;.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>over %1 to %2</source>
        <translation>%1至%2期间</translation>
    </message>
    <message>
        <source>USD bn</source>
        <extracomment>The unit of a figure in US dollar billions (the figure itself is not rescaled).</extracomment>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>China&apos;s exports to the US %1 are %2%3.</source>
        <translation>%1中国对美出口%2%3。</translation>
    </message>
    <message>
        <source>US exports to China %1 are %2%3.</source>
        <translation>%1美国对华出口%2%3。</translation>
    </message>
    <message>
        <source>; the US peak is %1 under %2</source>
        <translation>；%2下美方峰值为%1</translation>
    </message>
    <message>
        <source>The trade-weighted average US tariff on Chinese goods peaks at %1 %2, China&apos;s on US goods at %3 %4 (rates set by law: no model range)%5.</source>
        <translation>美国对中国商品的贸易加权平均税率%2达到峰值%1，中国对美国商品的贸易加权平均税率%4达到峰值%3（税率由法律规定：无模型区间）%5。</translation>
    </message>
    <message>
        <source>Over %1 the US collects %2 in duties on Chinese goods (range %3 to %4; %5 in an average year) and China %6 on US goods (range %7 to %8)%9.</source>
        <translation>%1期间，美国对中国商品征收关税%2（区间：%3至%4；年均%5），中国对美国商品征收关税%6（区间：%7至%8）%9。</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>The %1 runs to %2 (an end the scenario assumes)</source>
        <translation>%1持续至%2（该结束日期系情景假定）</translation>
    </message>
    <message>
        <source>The %1 runs to %2</source>
        <translation>%1持续至%2</translation>
    </message>
    <message>
        <source>The %1 starts on %2 and runs to %3 (an end the scenario assumes)</source>
        <translation>%1自%2开始，持续至%3（该结束日期系情景假定）</translation>
    </message>
    <message>
        <source>The %1 starts on %2 and runs to %3</source>
        <translation>%1自%2开始，持续至%3</translation>
    </message>
    <message>
        <source>%1, past the projection&apos;s end.</source>
        <translation>%1，已超出预测期。</translation>
    </message>
    <message>
        <source>%1; when it ends nothing snaps back (%2 is no longer charged by then): %3 stays at %4.</source>
        <translation>%1；休战结束时不会恢复征收任何关税（届时%2已不再征收）：%3保持在%4。</translation>
    </message>
    <message>
        <source>%1; when it ends nothing snaps back (%2: the scenario&apos;s rate replaces the suspension): %3 stays at %4.</source>
        <translation>%1；休战结束时不会恢复征收任何关税（%2：情景设定的税率取代了暂停实施安排）：%3保持在%4。</translation>
    </message>
    <message>
        <source>%1; on %2 the suspended %3 points of %4 snap back and %5 goes from %6 to %7 (set by law: no model range).</source>
        <translation>%1；%2，%4被暂停实施的%3个百分点恢复征收，%5从%6变为%7（由法律规定：无模型区间）。</translation>
    </message>
</context>
<context>
    <name>ScenarioDiff</name>
    <message>
        <source>%1 set to %2% from %3</source>
        <translation>自%3起%1调整为%2%</translation>
    </message>
    <message>
        <source>%1 back to the enacted rate</source>
        <translation>%1恢复为已实施税率</translation>
    </message>
    <message>
        <source>US tariff on %1 set to %2% from %3</source>
        <translation>自%3起美国对%1的关税调整为%2%</translation>
    </message>
    <message>
        <source>%1 added: %2 points suspended from %3 to %4</source>
        <translation>新增%1：%3至%4暂停实施%2个百分点</translation>
    </message>
    <message>
        <source>%1 starts %2 (preset: %3)</source>
        <translation>%1于%2开始（预设情景：%3）</translation>
    </message>
    <message>
        <source>%1 ends %2 (preset: %3)</source>
        <translation>%1于%2结束（预设情景：%3）</translation>
    </message>
    <message>
        <source>%1 suspends %2 points (preset: %3)</source>
        <translation>%1暂停实施%2个百分点（预设情景：%3）</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>已移除%1</translation>
    </message>
    <message>
        <source>Recorded step %1 left out</source>
        <translation>略去已记录的税率调整%1</translation>
    </message>
    <message>
        <source>Rates held from %1</source>
        <translation>自%1起税率保持不变</translation>
    </message>
    <message>
        <source>Rates no longer held</source>
        <translation>税率不再保持不变</translation>
    </message>
    <message>
        <source>Elasticity, China → US %1 (preset: %2)</source>
        <translation>弹性（中国 → 美国）：%1（预设情景：%2）</translation>
    </message>
    <message>
        <source>Adjustment speed, China → US %1 (preset: %2)</source>
        <translation>调整速度（中国 → 美国）：%1（预设情景：%2）</translation>
    </message>
    <message>
        <source>Elasticity, US → China %1 (preset: %2)</source>
        <translation>弹性（美国 → 中国）：%1（预设情景：%2）</translation>
    </message>
    <message>
        <source>Adjustment speed, US → China %1 (preset: %2)</source>
        <translation>调整速度（美国 → 中国）：%1（预设情景：%2）</translation>
    </message>
    <message>
        <source>Pass-through %1 (preset: %2)</source>
        <translation>关税传导率：%1（预设情景：%2）</translation>
    </message>
    <message>
        <source>Front-loading %1 (preset: %2)</source>
        <translation>抢运（提前出货）：%1（预设情景：%2）</translation>
    </message>
    <message>
        <source>Rare-earth licence approval %1 (preset: %2)</source>
        <translation>稀土出口许可批准比例：%1（预设情景：%2）</translation>
    </message>
</context>
<context>
    <name>tariffsim-cli</name>
    <message>
        <source>preset scenario id (default as-enacted; see &apos;presets&apos;)</source>
        <translation>预设情景 id（默认 as-enacted；见 &apos;presets&apos;）</translation>
    </message>
    <message>
        <source>scenario file (.tariffsim.json) instead of a preset</source>
        <translation>使用情景文件（.tariffsim.json）代替预设情景</translation>
    </message>
    <message>
        <source>--preset and --scenario cannot be combined</source>
        <translation>--preset 和 --scenario 不能同时使用</translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (known: %2)</source>
        <translation>--preset: 未知的预设情景 &apos;%1&apos;（已有：%2）</translation>
    </message>
    <message>
        <source>rates needs either --date D or --from D --to D</source>
        <translation>rates 需要 --date D，或 --from D --to D</translation>
    </message>
    <message>
        <source>rates needs both --from and --to</source>
        <translation>rates 需要同时给出 --from 和 --to</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2</source>
        <translation>--to: %1 早于 --from %2</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not a year with trade weights (%2)</source>
        <translation>--weights: &apos;%1&apos; 不是有贸易权重的年份（%2）</translation>
    </message>
    <message>
        <source>data needs the action &apos;check&apos;</source>
        <translation>data 需要操作 &apos;check&apos;</translation>
    </message>
    <message>
        <source>data folder: %1 (does not exist yet; no files)</source>
        <translation>数据文件夹：%1（尚不存在；没有文件）</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: 不是文件夹</translation>
    </message>
    <message>
        <source>data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>%1: 1 problem</source>
        <translation>%1: 1 个问题</translation>
    </message>
    <message>
        <source>%1: %2 problems</source>
        <translation>%1: %2 个问题</translation>
    </message>
    <message>
        <source>no problems in %1 files</source>
        <translation>%1 个文件均无问题</translation>
    </message>
    <message>
        <source>no problems in 1 file: %1</source>
        <translation>1 个文件无问题：%1</translation>
    </message>
    <message>
        <source>no problems in %1 files: %2</source>
        <translation>%1 个文件均无问题：%2</translation>
    </message>
    <message>
        <source>--data: %1: not a folder</source>
        <translation>--data: %1: 不是文件夹</translation>
    </message>
    <message>
        <source>--data: %1: the folder&apos;s files have problems (tariffsim-cli data check lists them):</source>
        <translation>--data: %1: 该文件夹中的文件有问题（tariffsim-cli data check 会列出这些问题）：</translation>
    </message>
    <message>
        <source>Trade-weighted average tariff of each direction, CSV: date,direction,avg_tariff_pct</source>
        <translation>每个方向的贸易加权平均税率，CSV：date,direction,avg_tariff_pct</translation>
    </message>
    <message>
        <source>a single day, YYYY-MM-DD</source>
        <translation>单个日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>first day of a range</source>
        <translation>区间的第一天</translation>
    </message>
    <message>
        <source>last day of a range (inclusive)</source>
        <translation>区间的最后一天（含当天）</translation>
    </message>
    <message>
        <source>add a &apos;layer&apos; column with one row per legal layer and a total row</source>
        <translation>增加 &apos;layer&apos; 列：每个关税层一行，另加一行合计</translation>
    </message>
    <message>
        <source>base year of the trade weights (default 2024; 2015-2024)</source>
        <translation>贸易权重的基准年（默认 2024；2015-2024）</translation>
    </message>
    <message>
        <source>Write a scenario file (.tariffsim.json) starting from a preset, or rewrite one in the current format</source>
        <translation>以预设情景为起点写出情景文件（.tariffsim.json），或将已有情景文件改写为当前格式</translation>
    </message>
    <message>
        <source>the scenario&apos;s title</source>
        <translation>情景标题</translation>
    </message>
    <message>
        <source>the scenario&apos;s notes</source>
        <translation>情景备注</translation>
    </message>
    <message>
        <source>add a measure (repeatable): DIRECTION us_on_china or china_on_us, FROM YYYY-MM-DD, RATE_PCT points added on top of everything in force, HS 2-, 4- or 6-digit prefixes, optional TO (first day no longer in force)</source>
        <translation>添加一项措施（可重复）：DIRECTION 为 us_on_china 或 china_on_us，FROM 为 YYYY-MM-DD，RATE_PCT 为在所有现行关税之上加征的百分点数，HS 为 2 位、4 位或 6 位编码前缀，TO 可选（不再生效的第一天）</translation>
    </message>
    <message>
        <source>file to write (replaced atomically); - for standard output</source>
        <translation>要写入的文件（以原子方式替换）；- 表示标准输出</translation>
    </message>
    <message>
        <source>Check a scenario file: exit 0 and a summary if valid, exit 1 and the field at fault if not</source>
        <translation>检查情景文件：有效时以 0 退出并给出摘要，无效时以 1 退出并指出出错的字段</translation>
    </message>
    <message>
        <source>the scenario file to check</source>
        <translation>要检查的情景文件</translation>
    </message>
    <message>
        <source>List the preset scenarios, CSV: id,title,notes</source>
        <translation>列出预设情景，CSV：id,title,notes</translation>
    </message>
    <message>
        <source>Dated events with their sources and the scenario&apos;s truce dates, CSV</source>
        <translation>注明日期的事件及其资料来源，以及该情景的关税休战日期，CSV</translation>
    </message>
    <message>
        <source>Export one chart for a briefing: PNG, SVG or PDF with title, caption and source line, or CSV of its numbers</source>
        <translation>为简报导出一张图表：带标题、说明文字和资料来源行的 PNG、SVG 或 PDF，或其数值的 CSV</translation>
    </message>
    <message>
        <source>tariffs, volumes, sectors, revenue or rare-earths</source>
        <translation>tariffs、volumes、sectors、revenue 或 rare-earths</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (default: from the suffix of --out)</source>
        <translation>png、svg、pdf 或 csv（默认：取自 --out 的后缀）</translation>
    </message>
    <message>
        <source>WxH in pixels at 96 dpi (default 1920x1080)</source>
        <translation>宽x高，以 96 dpi 下的像素计（默认 1920x1080）</translation>
    </message>
    <message>
        <source>PNG pixel scale 1, 2 or 3 (default 1)</source>
        <translation>PNG 像素倍率 1、2 或 3（默认 1）</translation>
    </message>
    <message>
        <source>title above the chart (default: the chart&apos;s title)</source>
        <translation>图表上方的标题（默认：图表自身的标题）</translation>
    </message>
    <message>
        <source>subtitle (default: the measure and the scenario)</source>
        <translation>副标题（默认：指标和情景）</translation>
    </message>
    <message>
        <source>caption of key assumptions (default: built from the scenario)</source>
        <translation>主要假设的说明文字（默认：根据情景生成）</translation>
    </message>
    <message>
        <source>source line (default: built from the dataset&apos;s sources)</source>
        <translation>资料来源行（默认：根据数据集的资料来源生成）</translation>
    </message>
    <message>
        <source>YYYY-MM: start of a time chart&apos;s range, or of the sector chart&apos;s period</source>
        <translation>YYYY-MM：时间序列图表区间的起点，或行业图表时段的起点</translation>
    </message>
    <message>
        <source>YYYY-MM: end of a time chart&apos;s range, or of the sector chart&apos;s period</source>
        <translation>YYYY-MM：时间序列图表区间的终点，或行业图表时段的终点</translation>
    </message>
    <message>
        <source>sector chart: china_to_us (default) or us_to_china</source>
        <translation>行业图表：china_to_us（默认）或 us_to_china</translation>
    </message>
    <message>
        <source>Write the briefing pack: one PDF with key findings, headline figures, every chart as a numbered figure, assumptions, glossary and sources</source>
        <translation>写出简报：一个 PDF，包含主要结论、核心指标、编号的全部图表、假设、术语表和资料来源</translation>
    </message>
    <message>
        <source>the PDF to write (replaced atomically); - for standard output</source>
        <translation>要写入的 PDF（以原子方式替换）；- 表示标准输出</translation>
    </message>
    <message>
        <source>one page: key findings and two charts</source>
        <translation>单页：主要结论和两张图表</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4（默认）或 letter</translation>
    </message>
    <message>
        <source>also write one 16:9 PNG and SVG slide per chart (1920x1080) into this folder</source>
        <translation>另外为每张图表在此文件夹中写出一张 16:9 的 PNG 和 SVG 幻灯片（1920x1080）</translation>
    </message>
    <message>
        <source>title on the first page</source>
        <translation>首页标题</translation>
    </message>
    <message>
        <source>day the current rates and the truce countdown refer to (default today)</source>
        <translation>当前税率和关税休战倒计时所依据的日期（默认今天）</translation>
    </message>
    <message>
        <source>organisation named in every page&apos;s header</source>
        <translation>每页页眉中的机构名称</translation>
    </message>
    <message>
        <source>author on the first page and in the PDF&apos;s metadata</source>
        <translation>首页及 PDF 元数据中的作者</translation>
    </message>
    <message>
        <source>handling marking in every page&apos;s header and footer, e.g. OFFICIAL</source>
        <translation>每页页眉和页脚中的密级标识，例如 OFFICIAL</translation>
    </message>
    <message>
        <source>image file drawn in every page&apos;s header</source>
        <translation>绘制在每页页眉中的图像文件</translation>
    </message>
    <message>
        <source>Monthly trade of both flows under the scenario (USD bn, China customs basis), CSV: month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,actual_usd_bn,revenue_usd_bn,price_change_pct,deadweight_usd_bn</source>
        <translation>该情景下双向贸易的月度数值（十亿美元，中国海关总署口径），CSV：month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,actual_usd_bn,revenue_usd_bn,price_change_pct,deadweight_usd_bn</translation>
    </message>
    <message>
        <source>first month (default 2024-01)</source>
        <translation>起始月份（默认 2024-01）</translation>
    </message>
    <message>
        <source>last month (default and latest 2030-12)</source>
        <translation>结束月份（默认且最晚为 2030-12）</translation>
    </message>
    <message>
        <source>add one row per sector (sector = its HS code id) after each total row</source>
        <translation>在每个合计行之后为每个行业各加一行（sector 为其 HS 编码 id）</translation>
    </message>
    <message>
        <source>all: add the rows china_to_others (GACC basis), us_from_others (Census basis) and rerouted_from_china (the estimated Chinese part of us_from_others) each month</source>
        <translation>all：每月增加 china_to_others（中国海关总署口径）、us_from_others（美国人口普查局口径）和 rerouted_from_china（us_from_others 中估计来自中国的部分）各行</translation>
    </message>
    <message>
        <source>Least-squares fit of elasticity and adjustment speed per flow on the observed months, CSV: flow,fit,elasticity,adjustment_speed,observations,rmse_usd_bn,mape_pct,rmse_log</source>
        <translation>按贸易流向，用有实际值的月份以最小二乘法拟合弹性和调整速度，CSV：flow,fit,elasticity,adjustment_speed,observations,rmse_usd_bn,mape_pct,rmse_log</translation>
    </message>
    <message>
        <source>instead, list every observed figure next to the default projection</source>
        <translation>改为列出每个实际值及其对应的默认预测值</translation>
    </message>
    <message>
        <source>instead, the fit of the default and fitted parameters by half-year: flow,fit,period,observations,rmse_usd_bn,mape_pct,mean_error_pct</source>
        <translation>改为按半年给出默认参数和校准参数的拟合情况：flow,fit,period,observations,rmse_usd_bn,mape_pct,mean_error_pct</translation>
    </message>
    <message>
        <source>basis of the observations fitted: GACC (China customs, default) or USCensus</source>
        <translation>用于拟合的实际值口径：GACC（中国海关总署，默认）或 USCensus</translation>
    </message>
    <message>
        <source>instead, the fit of the diversion model (substitution, 2025 growth of the others, redirection share): series,fit,parameter,value,observations,rmse_usd_bn,mape_pct,mean_error_pct</source>
        <translation>改为给出贸易转移模型的拟合情况（替代、其他供应方 2025 年增长、转运份额）：series,fit,parameter,value,observations,rmse_usd_bn,mape_pct,mean_error_pct</translation>
    </message>
    <message>
        <source>Check a user data folder (default: the window&apos;s): exit 0, or exit 1 with FILE:LINE: field: reason for every problem</source>
        <translation>检查用户数据文件夹（默认：窗口程序使用的文件夹）：无问题时以 0 退出，否则以 1 退出，并为每个问题给出 FILE:LINE: 字段: 原因</translation>
    </message>
    <message>
        <source>the folder (default: the window&apos;s data folder)</source>
        <translation>文件夹（默认：窗口程序的数据文件夹）</translation>
    </message>
    <message>
        <source>Usage: tariffsim-cli %1</source>
        <translation>用法：tariffsim-cli %1</translation>
    </message>
    <message>
        <source>Headless US-China tariff scenarios: rates, events, presets and the trade projection.</source>
        <translation>无界面的中美关税情景工具：税率、事件、预设情景和贸易预测。</translation>
    </message>
    <message>
        <source>The default scenario is the &apos;as-enacted&apos; preset.</source>
        <translation>默认情景为预设情景 &apos;as-enacted&apos;（已实施措施）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>General options:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>show this help (also COMMAND --help)</source>
        <translation>显示本帮助（也可用 COMMAND --help）</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>the shipped data with the files of a user data folder added (every command;
docs/guide-data.md)</source>
        <translation>在程序自带数据之上加入用户数据文件夹中的文件（适用于所有命令；
docs/guide-data.md）</translation>
    </message>
    <message>
        <source>language of messages and of exported charts&apos; text: en (default) or zh_CN;
output columns and machine-read values stay the same</source>
        <translation>消息和导出图表文字的语言：en（默认）或 zh_CN；
输出列和供程序读取的值保持不变</translation>
    </message>
    <message>
        <source>end of options: what follows is an operand (validate -- -file.json)</source>
        <translation>选项结束：其后的内容均为操作数（validate -- -file.json）</translation>
    </message>
    <message>
        <source>Dates and months must lie in %1 to %2.</source>
        <translation>日期和月份必须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 invalid input (or an output that could not be written), 2 usage error.</source>
        <translation>退出状态：0 成功，1 输入无效（或输出无法写入），2 用法错误。</translation>
    </message>
    <message>
        <source>option %1 given twice</source>
        <translation>选项 %1 给出了两次</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (known: %2)</source>
        <translation>--lang: 未知的语言 &apos;%1&apos;（可用：%2）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>未知的命令 &apos;%1&apos;（请尝试 --help）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for %2</source>
        <translation>%2 不接受参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>%2 没有选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value (found the option &apos;%2&apos;)</source>
        <translation>选项 %1 需要一个值（遇到的是选项 &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>%1: &apos;%2&apos; 不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: %2 is outside the span the data and the model cover, %3 to %4</source>
        <translation>%1: %2 超出数据和模型覆盖的时间范围（%3 至 %4）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid month (YYYY-MM)</source>
        <translation>%1: &apos;%2&apos; 不是有效月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>%1: %2 is outside the model&apos;s range %3..%4</source>
        <translation>%1: %2 超出模型的范围 %3..%4</translation>
    </message>
    <message>
        <source>--out: cannot write %1</source>
        <translation>--out: 无法写入 %1</translation>
    </message>
    <message>
        <source>export needs --chart NAME</source>
        <translation>export 需要 --chart NAME</translation>
    </message>
    <message>
        <source>--chart: unknown chart &apos;%1&apos; (one of %2)</source>
        <translation>--chart: 未知的图表 &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (one of png|svg|pdf|csv)</source>
        <translation>--format: 未知的格式 &apos;%1&apos;（可选：png|svg|pdf|csv）</translation>
    </message>
    <message>
        <source>--format %1 does not match the file name &apos;%2&apos;; name it .%1 or leave --format out</source>
        <translation>--format %1 与文件名 &apos;%2&apos; 不符；请将文件命名为 .%1，或省略 --format</translation>
    </message>
    <message>
        <source>export to standard output needs --format png|svg|pdf|csv</source>
        <translation>导出到标准输出需要 --format png|svg|pdf|csv</translation>
    </message>
    <message>
        <source>--out: &apos;%1&apos; does not end in .png, .svg, .pdf or .csv; name the file after its format</source>
        <translation>--out: &apos;%1&apos; 不以 .png、.svg、.pdf 或 .csv 结尾；请按文件格式命名</translation>
    </message>
    <message>
        <source>--flow applies to the sectors chart only</source>
        <translation>--flow 仅适用于行业图表（sectors）</translation>
    </message>
    <message>
        <source>--flow: &apos;%1&apos; is not china_to_us or us_to_china</source>
        <translation>--flow: &apos;%1&apos; 不是 china_to_us 或 us_to_china</translation>
    </message>
    <message>
        <source>--from: %1 is after the period&apos;s end %2</source>
        <translation>--from: %1 晚于时段的结束月份 %2</translation>
    </message>
    <message>
        <source>--from/--to: the sector period must lie within %1..%2</source>
        <translation>--from/--to: 行业图表的时段必须在 %1..%2 之内</translation>
    </message>
    <message>
        <source>--from/--to: the range has no data of the %1 chart</source>
        <translation>--from/--to: 该区间内没有 %1 图表的数据</translation>
    </message>
    <message>
        <source>--scale applies to PNG only (SVG and PDF are vectors; --size sets their size)</source>
        <translation>--scale 仅适用于 PNG（SVG 和 PDF 为矢量格式；用 --size 设定其尺寸）</translation>
    </message>
    <message>
        <source>--scale: &apos;%1&apos; is not 1, 2 or 3</source>
        <translation>--scale: &apos;%1&apos; 不是 1、2 或 3</translation>
    </message>
    <message>
        <source>export needs --out FILE (or --out - for standard output)</source>
        <translation>export 需要 --out FILE（或用 --out - 输出到标准输出）</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WxH with each side %2 to %3</source>
        <translation>--size: &apos;%1&apos; 不是每边为 %2 至 %3 的 宽x高（WxH）</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3, %4x%5 px)</source>
        <translation>已写入 %1（%2，%3，%4x%5 像素）</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3)</source>
        <translation>已写入 %1（%2，%3）</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3, %4x%5)</source>
        <translation>已写入 %1（%2，%3，%4x%5）</translation>
    </message>
    <message>
        <source>briefing needs --out FILE.pdf (or --out - for standard output)</source>
        <translation>briefing 需要 --out FILE.pdf（或用 --out - 输出到标准输出）</translation>
    </message>
    <message>
        <source>--out: the briefing pack is a PDF; name the file FILE.pdf</source>
        <translation>--out: 简报是 PDF 文件；请将文件命名为 FILE.pdf</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a4 or letter</source>
        <translation>--paper: &apos;%1&apos; 不是 a4 或 letter</translation>
    </message>
    <message>
        <source>--slides: &apos;%1&apos; is not a folder</source>
        <translation>--slides: &apos;%1&apos; 不是文件夹</translation>
    </message>
    <message>
        <source>--slides: cannot create the folder &apos;%1&apos;</source>
        <translation>--slides: 无法创建文件夹 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--logo: &apos;%1&apos; is not an image this program reads</source>
        <translation>--logo: &apos;%1&apos; 不是本程序能读取的图像</translation>
    </message>
    <message>
        <source>wrote %1 (one-page brief, 1 page, %2)</source>
        <translation>已写入 %1（单页简版，1 页，%2）</translation>
    </message>
    <message>
        <source>wrote %1 (one-page brief, %2 pages, %3)</source>
        <translation>已写入 %1（单页简版，%2 页，%3）</translation>
    </message>
    <message>
        <source>wrote %1 (briefing pack, 1 page, %2)</source>
        <translation>已写入 %1（简报，1 页，%2）</translation>
    </message>
    <message>
        <source>wrote %1 (briefing pack, %2 pages, %3)</source>
        <translation>已写入 %1（简报，%2 页，%3）</translation>
    </message>
    <message>
        <source>--slides: cannot write %1</source>
        <translation>--slides: 无法写入 %1</translation>
    </message>
    <message>
        <source>wrote %1 (slide, 1920x1080)</source>
        <translation>已写入 %1（幻灯片，1920x1080）</translation>
    </message>
    <message>
        <source>--flows: &apos;%1&apos; is not &apos;all&apos;</source>
        <translation>--flows: &apos;%1&apos; 不是 &apos;all&apos;</translation>
    </message>
    <message>
        <source>--reporter: &apos;%1&apos; is not GACC or USCensus</source>
        <translation>--reporter: &apos;%1&apos; 不是 GACC 或 USCensus</translation>
    </message>
    <message>
        <source>--diversion cannot be combined with --observations, --by-half or --reporter</source>
        <translation>--diversion 不能与 --observations、--by-half 或 --reporter 同时使用</translation>
    </message>
    <message>
        <source>--observations and --by-half cannot be combined</source>
        <translation>--observations 和 --by-half 不能同时使用</translation>
    </message>
    <message>
        <source>--add-measure &apos;%1&apos;: expected DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO] (%2 parts separated by &apos;:&apos;)</source>
        <translation>--add-measure &apos;%1&apos;: 格式应为 DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO]（实际为以 &apos;:&apos; 分隔的 %2 部分）</translation>
    </message>
    <message>
        <source>--add-measure &apos;%1&apos;: DIRECTION: &apos;%2&apos; is not us_on_china or china_on_us</source>
        <translation>--add-measure &apos;%1&apos;: DIRECTION: &apos;%2&apos; 不是 us_on_china 或 china_on_us</translation>
    </message>
    <message>
        <source>--add-measure &apos;%1&apos;: FROM: &apos;%2&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>--add-measure &apos;%1&apos;: FROM: &apos;%2&apos; 不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--add-measure &apos;%1&apos;: RATE_PCT: &apos;%2&apos; is not a number of percent</source>
        <translation>--add-measure &apos;%1&apos;: RATE_PCT: &apos;%2&apos; 不是百分数数值</translation>
    </message>
    <message>
        <source>--add-measure &apos;%1&apos;: TO: &apos;%2&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>--add-measure &apos;%1&apos;: TO: &apos;%2&apos; 不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>scenario needs --out FILE (or --out - for standard output)</source>
        <translation>scenario 需要 --out FILE（或用 --out - 输出到标准输出）</translation>
    </message>
    <message>
        <source>wrote %1 (untitled, format version %2)</source>
        <translation>已写入 %1（无标题，格式版本 %2）</translation>
    </message>
    <message>
        <source>wrote %1 (&apos;%2&apos;, format version %3)</source>
        <translation>已写入 %1（“%2”，格式版本 %3）</translation>
    </message>
    <message>
        <source>validate needs a FILE</source>
        <translation>validate 需要一个 FILE</translation>
    </message>
    <message>
        <source>1 override</source>
        <translation>1 项调整</translation>
    </message>
    <message>
        <source>%1 overrides</source>
        <translation>%1 项调整</translation>
    </message>
    <message>
        <source>1 truce</source>
        <translation>1 次关税休战</translation>
    </message>
    <message>
        <source>%1 truces</source>
        <translation>%1 次关税休战</translation>
    </message>
    <message>
        <source>the recorded truces</source>
        <translation>法律记录中的关税休战</translation>
    </message>
    <message>
        <source>default parameters</source>
        <translation>默认参数</translation>
    </message>
    <message>
        <source>own parameters</source>
        <translation>自设参数</translation>
    </message>
    <message>
        <source>1 measure of its own</source>
        <translation>1 项自有措施</translation>
    </message>
    <message>
        <source>%1 measures of its own</source>
        <translation>%1 项自有措施</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: valid scenario &apos;%2&apos; based on %3; %4</source>
        <translation>%1: 有效的情景“%2”，基于 %3；%4</translation>
    </message>
    <message>
        <source>%1: valid scenario &apos;%2&apos;; %3</source>
        <translation>%1: 有效的情景“%2”；%3</translation>
    </message>
    <message>
        <source>%1: valid scenario based on %2; %3</source>
        <translation>%1: 有效的情景，基于 %2；%3</translation>
    </message>
    <message>
        <source>%1: valid scenario; %2</source>
        <translation>%1: 有效的情景；%2</translation>
    </message>
</context>
<context>
    <name>tariffsim::main</name>
    <message>
        <source>Tariff Scenario Simulator: US-China tariff scenarios.</source>
        <translation>关税情景模拟器：中美关税情景。</translation>
    </message>
    <message>
        <source>A scenario file (.tariffsim.json) to open.</source>
        <translation>要打开的情景文件（.tariffsim.json）。</translation>
    </message>
    <message>
        <source>List the unsaved scenarios that sessions which did not close normally left for recovery (what the next start offers), without opening the window, and exit: 0 if there are any, 3 if none.</source>
        <translation>列出未正常关闭的会话留下的、可供恢复的未保存情景（即下次启动时将提示恢复的内容），不打开窗口，随后退出：若有则返回0，若无则返回3。</translation>
    </message>
    <message>
        <source>Once the window is open, set a measure&apos;s rate from the effective date, as the tariff controls do (an undoable edit), then write the autosave at once instead of within 30 s. Repeatable. For scripted set-ups and the crash-recovery test; the recovery offer waits for the next start.</source>
        <translation>窗口打开后，自生效日期起设置某项措施的税率，效果与关税控件相同（可撤销的编辑），随后立即写入自动保存，而不是在30 s内写入。可重复使用。用于脚本化设置和崩溃恢复测试；恢复提示将在下次启动时出现。</translation>
    </message>
    <message>
        <source>The user data folder whose files are added to the shipped data (default: %1).</source>
        <translation>用户数据文件夹，其中的文件将添加到程序自带的数据中（默认：%1）。</translation>
    </message>
    <message>
        <source>Your data files</source>
        <translation>您的数据文件</translation>
    </message>
    <message>
        <source>These files of your data folder were skipped; the shipped data stand in for them (tariffsim-cli data check lists every problem):</source>
        <translation>数据文件夹中的以下文件已被跳过，改用程序自带的数据（tariffsim-cli data check 会列出所有问题）：</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Tariff Scenario Simulator&lt;/h3&gt;&lt;p&gt;tariffsim version %1&lt;/p&gt;&lt;p&gt;US–China tariff scenarios: daily tariff schedules from dated legal layers, truces and snap-backs, and the trade response.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;关税情景模拟器&lt;/h3&gt;&lt;p&gt;tariffsim 版本 %1&lt;/p&gt;&lt;p&gt;中美关税情景：根据注明日期的法律关税层、关税休战和恢复征收生成每日关税表，并模拟贸易响应。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data as of:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据截至：&lt;/b&gt;%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every figure in the dataset carries its source: see &lt;a href=&quot;help:data.md&quot;&gt;The shipped dataset&lt;/a&gt; in Help.&lt;/p&gt;&lt;p&gt;Copyright 2026 The tariffsim developers. tariffsim is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据集中的每个数字均注明资料来源：请参阅帮助中的&lt;a href=&quot;help:data.md&quot;&gt;程序自带的数据集&lt;/a&gt;。&lt;/p&gt;&lt;p&gt;版权所有 2026 tariffsim 开发者。tariffsim 是自由软件，依据 GNU 通用公共许可证第3版或（由您选择）任何更高版本（GPL-3.0-or-later）发布。本软件不提供任何担保。&lt;/p&gt;&lt;p&gt;基于 Qt %1 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About tariffsim</source>
        <translation>关于 tariffsim</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Autosave</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: the recovery file is held by another session</source>
        <translation>%1：恢复文件正被另一个会话占用</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file (the disk may be full or the folder read-only)</source>
        <translation>%1：无法创建锁文件（磁盘可能已满，或文件夹为只读）</translation>
    </message>
    <message>
        <source>The recovery file cannot be read.</source>
        <translation>无法读取恢复文件。</translation>
    </message>
    <message>
        <source>The recovery file is damaged.</source>
        <translation>恢复文件已损坏。</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Briefing</name>
    <message>
        <source>China customs (GACC)</source>
        <translation>中国海关总署（GACC）</translation>
    </message>
    <message>
        <source>US Census Bureau</source>
        <translation>美国人口普查局</translation>
    </message>
    <message>
        <source>China→US</source>
        <translation>中国→美国</translation>
    </message>
    <message>
        <source>US→China</source>
        <translation>美国→中国</translation>
    </message>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation>中国对美出口</translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation>美国对华出口</translation>
    </message>
    <message>
        <source>scenario “%1”, tariffsim model</source>
        <translation>情景“%1”，tariffsim 模型</translation>
    </message>
    <message>
        <source>Tariff measures, coverage and truces</source>
        <translation>关税措施、覆盖范围和关税休战</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>时间轴事件</translation>
    </message>
    <message>
        <source>Trade figures</source>
        <translation>贸易数据</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> Includes your own data (%1).</source>
        <translation>其中包括您自己的数据（%1）。</translation>
    </message>
    <message>
        <source>%1 trade by HS chapter (US Census Bureau via UN Comtrade)</source>
        <translation>%1年按HS章分列的贸易（美国人口普查局数据，经UN Comtrade获取）</translation>
    </message>
    <message>
        <source>%1 dated rate steps of %2 US and Chinese tariff measures and %3 truces in the tariffsim dataset, each with its cited source; weights: %4</source>
        <translation>tariffsim 数据集中%2项中美关税措施的%1次注明日期的税率调整以及%3次关税休战，均注明资料来源；权重：%4</translation>
    </message>
    <message>
        <source>%1 months observed for %2</source>
        <translation>%2有%1个月实际值</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2有%1个月</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>tariffsim dataset</source>
        <translation>tariffsim 数据集</translation>
    </message>
    <message>
        <source>monthly trade from %1</source>
        <translation>月度贸易数据来自%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>duties are the average tariff times projected trade; prices use a pass-through of %1</source>
        <translation>关税收入为平均税率乘以预测贸易额；价格按%1的关税传导率计算</translation>
    </message>
    <message>
        <source>China customs (GACC) rare-earth magnet exports to the US as reported (%1 months observed)</source>
        <translation>中国海关总署（GACC）公布的对美稀土永磁出口（%1个月实际值）</translation>
    </message>
    <message>
        <source>Source: %1; %2.</source>
        <translation>资料来源：%1；%2。</translation>
    </message>
    <message>
        <source>long-run trade elasticity %1 and adjustment speed %2 a month for both flows</source>
        <translation>两个贸易流向的长期贸易弹性均为%1，调整速度均为每月%2</translation>
    </message>
    <message>
        <source>long-run trade elasticity %1 (China→US) and %2 (US→China)</source>
        <translation>长期贸易弹性%1（中国→美国）和%2（美国→中国）</translation>
    </message>
    <message>
        <source>adjustment speed %1 (China→US) and %2 (US→China) a month</source>
        <translation>调整速度每月%1（中国→美国）和%2（美国→中国）</translation>
    </message>
    <message>
        <source>pass-through %1</source>
        <translation>关税传导率%1</translation>
    </message>
    <message>
        <source>counterfactual history from %1 to %2 (the scenario&apos;s tariffs differ from those enacted)</source>
        <translation>%1至%2为反事实历史（该情景的关税与已实施措施不同）</translation>
    </message>
    <message>
        <source>changes from “%1”: %2</source>
        <translation>相对于“%1”的改动：%2</translation>
    </message>
    <message>
        <source>%1 at %2% from %3</source>
        <translation>自%3起%1为%2%</translation>
    </message>
    <message>
        <source>rate changes: %1</source>
        <translation>税率调整：%1</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>%1 continues after %2 (not in the data)</source>
        <translation>%1在%2之后继续（超出数据范围）</translation>
    </message>
    <message>
        <source>truces: %1</source>
        <translation>关税休战：%1</translation>
    </message>
    <message>
        <source>assumed: %1</source>
        <translation>假定：%1</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>导出于%1</translation>
    </message>
    <message>
        <source>Assumptions: %1.</source>
        <translation>假设：%1。</translation>
    </message>
    <message>
        <source>; right axis: %1</source>
        <translation>；右轴：%1</translation>
    </message>
    <message>
        <source>%1 · scenario “%2”</source>
        <translation>%1 · 情景“%2”</translation>
    </message>
    <message>
        <source>Long-run trade elasticity, %1</source>
        <translation>长期贸易弹性（%1）</translation>
    </message>
    <message>
        <source>Adjustment speed, %1</source>
        <translation>调整速度（%1）</translation>
    </message>
    <message>
        <source>%1 of the gap a month</source>
        <translation>每月弥合差距的%1</translation>
    </message>
    <message>
        <source>Pass-through to import prices</source>
        <translation>对进口价格的关税传导率</translation>
    </message>
    <message>
        <source>Front-loading share</source>
        <translation>抢运比例</translation>
    </message>
    <message>
        <source>Front-loading window</source>
        <translation>抢运窗口期</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>Baseline trend growth</source>
        <translation>基准情景趋势增长率</translation>
    </message>
    <message>
        <source>%1% a year</source>
        <translation>每年%1%</translation>
    </message>
    <message>
        <source>Rare-earth licence approval share</source>
        <translation>稀土出口许可批准比例</translation>
    </message>
    <message>
        <source>Rare-earth magnets before licensing</source>
        <translation>实行出口许可前的稀土永磁出口量</translation>
    </message>
    <message>
        <source>%1 t a month</source>
        <translation>每月%1吨</translation>
    </message>
    <message>
        <source>Reference date of tariffs (t0)</source>
        <translation>关税参照日期（t0）</translation>
    </message>
    <message>
        <source>Tariffs are measured against their level on this day</source>
        <translation>关税以其在该日的水平为参照进行衡量</translation>
    </message>
    <message>
        <source>Where the trade went</source>
        <translation>贸易流向何处</translation>
    </message>
    <message>
        <source>Substitution elasticity between Chinese and other suppliers&apos; goods (σ)</source>
        <translation>中国商品与其他供应方商品之间的替代弹性（σ）</translation>
    </message>
    <message>
        <source>Other suppliers&apos; own growth in 2025</source>
        <translation>其他供应方2025年的自身增长</translation>
    </message>
    <message>
        <source>Share of China&apos;s lost US sales sold elsewhere (ρ)</source>
        <translation>中国损失的对美销售额中转销其他市场的比例（ρ）</translation>
    </message>
    <message>
        <source>Speed of that redirection</source>
        <translation>转销的速度</translation>
    </message>
    <message>
        <source>Rerouting share (θ)</source>
        <translation>转运比例（θ）</translation>
    </message>
    <message>
        <source>Rerouting deterred by the 40% transshipment penalty</source>
        <translation>被40%转运惩罚性关税遏制的转运比例</translation>
    </message>
    <message>
        <source>Truces</source>
        <translation>关税休战</translation>
    </message>
    <message>
        <source>extended to %1 (assumption)</source>
        <translation>延期至%1（假设）</translation>
    </message>
    <message>
        <source>extended to %1</source>
        <translation>延期至%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>Suspends %1 points of %2 for %3 days%4</source>
        <translation>暂停实施%2中的%1个百分点，为期%3天%4</translation>
    </message>
    <message>
        <source>Assumed past the record</source>
        <translation>假定延续（超出已知记录）</translation>
    </message>
    <message>
        <source>Rate changes</source>
        <translation>税率调整</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>From %1; replaces the recorded rate steps and truce suspensions</source>
        <translation>自%1起生效；取代法律记录中的各次税率变动和关税休战暂停安排</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Assumption %1</source>
        <translation>假设%1</translation>
    </message>
    <message>
        <source>Rates held after</source>
        <translation>税率冻结日</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Legal record to</source>
        <translation>法律记录截至</translation>
    </message>
    <message>
        <source>China customs (GACC), both flows</source>
        <translation>中国海关总署（GACC），双向贸易</translation>
    </message>
    <message>
        <source>US Census Bureau, both flows</source>
        <translation>美国人口普查局，双向贸易</translation>
    </message>
    <message>
        <source>Trade observed to</source>
        <translation>贸易实际值截至</translation>
    </message>
    <message>
        <source>Trade weights</source>
        <translation>贸易权重</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Base-year trade by HS chapter (US Census Bureau via UN Comtrade)</source>
        <translation>基年按HS章划分的贸易额（美国人口普查局数据，经UN Comtrade获取）</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>The day the current rates and the truce countdown refer to</source>
        <translation>当前税率和关税休战倒计时所依据的日期</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>%1: %2% from %3</source>
        <translation>%1：自%3起为%2%</translation>
    </message>
    <message>
        <source>%1: coverage</source>
        <translation>%1：覆盖范围</translation>
    </message>
    <message>
        <source>%1: extension to %2</source>
        <translation>%1：延期至%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 base-year trade by sector</source>
        <translation>%1基年按行业划分的贸易额</translation>
    </message>
    <message>
        <source>Rare-earth magnets to %1, %2</source>
        <translation>对%1的稀土永磁出口，%2</translation>
    </message>
    <message>
        <source>. Reported by %1</source>
        <translation>。转引自%1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>及另外%1项</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>No-change baseline: the trade the model projects had every tariff stayed at its level on %1, with the same seasonal pattern and trend; the figures are the scenario minus this baseline.</source>
        <translation>不变基准：假定所有关税均维持在%1的水平、季节性规律和趋势不变时，模型预测的贸易额；各数字均为情景减去该基准所得。</translation>
    </message>
    <message>
        <source>BRIEFING</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Current rates and truces as of %1</source>
        <translation>截至%1的现行税率和关税休战</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>About the scenario: %1</source>
        <translation>关于本情景：%1</translation>
    </message>
    <message>
        <source>range %1 to %2</source>
        <translation>区间%1至%2</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <source>China&apos;s exports to the US against the no-change baseline</source>
        <translation>中国对美出口（相对于不变基准）</translation>
    </message>
    <message>
        <source>US exports to China against the no-change baseline</source>
        <translation>美国对华出口（相对于不变基准）</translation>
    </message>
    <message>
        <source>%1 in %2; %3 over %4</source>
        <translation>%2：%1；%4：%3</translation>
    </message>
    <message>
        <source>Duties collected by the US on Chinese goods</source>
        <translation>美国对中国商品征收的关税收入</translation>
    </message>
    <message>
        <source>Duties collected by China on US goods</source>
        <translation>中国对美国商品征收的关税收入</translation>
    </message>
    <message>
        <source>First full year (%1)</source>
        <translation>第一个完整年度（%1）</translation>
    </message>
    <message>
        <source>Average year (%1)</source>
        <translation>年均值（%1）</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>累计值（%1）</translation>
    </message>
    <message>
        <source>Trade diverted to the other suppliers (Mexico, Taiwan, India, ASEAN), %1: %2 (US imports from them against their no-change baseline, US Census basis). China&apos;s exports to other markets: %3 (China customs basis). Trade rerouted, the estimated Chinese goods or content in the diverted trade: %4, %5 (an estimate).</source>
        <translation>转移至其他供应方（墨西哥、中国台湾地区、印度、东盟）的贸易，%1：%2（美国自上述供应方的进口相对于其不变基准的变化，美国人口普查局口径）。中国对其他市场的出口：%3（中国海关口径）。经第三国转运的贸易，即转移贸易中估计所含的中国商品或中国成分：%4，%5（估计值）。</translation>
    </message>
    <message>
        <source>Average US tariff on Chinese goods on %1: %2; China&apos;s on US goods: %3 (trade-weighted, set by law: no range).</source>
        <translation>%1，美国对中国商品的平均税率为%2；中国对美国商品的平均税率为%3（贸易加权，由法律确定，不设区间）。</translation>
    </message>
    <message>
        <source>Truce running: %1 days left; the suspended points return on %2%3.</source>
        <translation>关税休战执行中：剩余%1天；被暂停实施的百分点将于%2%3恢复征收。</translation>
    </message>
    <message>
        <source> (end assumed by the scenario)</source>
        <translation>（结束日期为情景假定）</translation>
    </message>
    <message>
        <source>Truce: its recorded end was %1; the scenario assumes the suspension continues.</source>
        <translation>关税休战：记录中的结束日期为%1；本情景假定暂停继续实施。</translation>
    </message>
    <message>
        <source>Range: the lowest and highest projection with the elasticity and adjustment speed at the ends of their literature ranges (see “How to read these figures”). Duty ranges scale each month&apos;s duties with its trade (an estimate).</source>
        <translation>区间：弹性和调整速度分别取其文献区间两端值时的最低和最高预测（见“如何解读这些数字”）。关税收入区间按各月贸易额对当月关税收入进行相应缩放（估计值）。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>资料来源：%1。</translation>
    </message>
    <message>
        <source>How to read these figures</source>
        <translation>如何解读这些数字</translation>
    </message>
    <message>
        <source>The model projects each flow month by month. Its long-run trade elasticity says how strongly trade responds to a tariff: with an elasticity of %1 for China&apos;s exports to the US (%2 to %3 in the literature) and %4 for US exports to China (%5 to %6), a duty that raises the duty-inclusive price by 1% lowers the flow in the long run by about %1% and %4%. Trade closes %7 and %8 of the gap to that long-run level each month, so most of the response comes within a year; importers pull orders forward in the %9 months before a scheduled rise.</source>
        <translation>模型逐月预测每个贸易流向。长期贸易弹性反映贸易对关税的响应强度：中国对美出口的弹性为%1（文献区间为%2至%3），美国对华出口为%4（%5至%6）；若某项关税使含税价格上升1%，长期内两个流向的贸易将分别减少约%1%和%4%。贸易每月分别弥合与该长期水平之间差距的%7和%8，因此大部分响应在一年内完成；在预定加税前的%9个月内，进口商会提前下单。</translation>
    </message>
    <message>
        <source>Duties are the average tariff times the projected trade; import prices rise by %1 of the tariff (pass-through). Tariff rates come from the dated legal record and the scenario&apos;s changes; they are inputs, not estimates.</source>
        <translation>关税收入等于平均税率乘以预测贸易额；进口价格的上涨幅度为关税的%1（关税传导率）。关税税率取自带日期的法律记录和情景所作的调整，属于输入值，而非估计值。</translation>
    </message>
    <message>
        <source>The range is not a confidence interval: it is the lowest and highest of the projections with the elasticity and the adjustment speed at the ends of their literature ranges. A wide range means the figure depends on how strongly trade responds; the central figure uses the values fitted to the months China customs has reported, drawn as points in Figure 2.</source>
        <translation>区间并非置信区间：它是弹性和调整速度取其文献区间两端值时各项预测中的最低值和最高值。区间较宽，说明该数字在很大程度上取决于贸易的响应强度；中心值采用根据中国海关已公布月份数据拟合的参数值，这些月份在图2中以圆点表示。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Assumptions (continued)</source>
        <translation>假设（续）</translation>
    </message>
    <message>
        <source>Model parameters with their literature ranges, truces, rate changes and data</source>
        <translation>模型参数及其文献区间、关税休战、税率调整和数据</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Source or note</source>
        <translation>资料来源或说明</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>The terms this briefing uses</source>
        <translation>本简报使用的术语</translation>
    </message>
    <message>
        <source>Average tariff</source>
        <translation>平均税率</translation>
    </message>
    <message>
        <source>The duty on one side&apos;s goods averaged over products with weights from base-year trade (trade-weighted), in percent ad valorem.</source>
        <translation>一方商品所适用的关税按产品加权平均，权重取自基年贸易额（贸易加权），以从价百分比表示。</translation>
    </message>
    <message>
        <source>No-change baseline</source>
        <translation>不变基准</translation>
    </message>
    <message>
        <source>The trade projected had every tariff stayed at its level on the reference day (20 January 2025 unless the scenario says otherwise).</source>
        <translation>假定所有关税均维持在参考日（除情景另有规定外，为2025年1月20日）水平时预测的贸易额。</translation>
    </message>
    <message>
        <source>The dated legal record of tariffs and truces with the analyst&apos;s changes: rates, truce dates, model parameters.</source>
        <translation>带日期的关税和关税休战法律记录，加上分析人员所作的调整：税率、关税休战日期、模型参数。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>What the key findings also measure the scenario against: the base preset (the scenario without its rate changes) or a pinned scenario.</source>
        <translation>主要结论在不变基准之外还与之比较的对象：基础预设情景（即不含税率调整的该情景）或某个固定对比情景。</translation>
    </message>
    <message>
        <source>The lowest and highest projection with the trade elasticity and adjustment speed at the ends of their literature ranges; not a confidence interval.</source>
        <translation>贸易弹性和调整速度取其文献区间两端值时的最低和最高预测；并非置信区间。</translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation>弹性</translation>
    </message>
    <message>
        <source>How much trade falls in the long run when a tariff raises the duty-inclusive price by 1%.</source>
        <translation>关税使含税价格上升1%时，贸易在长期内减少的幅度。</translation>
    </message>
    <message>
        <source>Adjustment speed</source>
        <translation>调整速度</translation>
    </message>
    <message>
        <source>The share of the gap between current and long-run trade closed each month.</source>
        <translation>当前贸易与长期贸易水平之间的差距每月弥合的比例。</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>关税传导率</translation>
    </message>
    <message>
        <source>The share of a tariff that shows in the duty-inclusive import price.</source>
        <translation>关税在含税进口价格中得到体现的比例。</translation>
    </message>
    <message>
        <source>Front-loading</source>
        <translation>抢运（提前出货）</translation>
    </message>
    <message>
        <source>Orders pulled forward ahead of a scheduled tariff rise, and the dip after it.</source>
        <translation>在预定加税前提前下达的订单，以及加税后随之出现的回落。</translation>
    </message>
    <message>
        <source>Truce</source>
        <translation>关税休战</translation>
    </message>
    <message>
        <source>A suspension of part of a tariff (points) for a fixed period, possibly extended.</source>
        <translation>在固定期限内暂停实施某项关税的部分百分点，期限可延长。</translation>
    </message>
    <message>
        <source>Snap-back</source>
        <translation>恢复征收</translation>
    </message>
    <message>
        <source>The suspended points returning on the day a truce ends.</source>
        <translation>关税休战结束之日，被暂停实施的百分点恢复征收。</translation>
    </message>
    <message>
        <source>MFN</source>
        <translation>最惠国税率</translation>
    </message>
    <message>
        <source>Most-favoured-nation duty: the ordinary tariff each side charges every WTO member.</source>
        <translation>最惠国关税：各方对所有世贸组织成员普遍适用的常规关税。</translation>
    </message>
    <message>
        <source>Section 301</source>
        <translation>301条款</translation>
    </message>
    <message>
        <source>US trade law under which the 2018–2019 tariffs on Chinese goods (Lists 1–4) and their 2024 review were imposed.</source>
        <translation>美国贸易法律条款，2018–2019年对中国商品加征的关税（清单1–4）及其2024年四年期审查均依据该条款实施。</translation>
    </message>
    <message>
        <source>Section 232</source>
        <translation>232条款</translation>
    </message>
    <message>
        <source>US law allowing duties on imports that threaten national security (steel, aluminium, autos, and others).</source>
        <translation>美国法律条款，允许对威胁国家安全的进口商品征收关税（钢铁、铝、汽车等）。</translation>
    </message>
    <message>
        <source>IEEPA duties</source>
        <translation>IEEPA关税</translation>
    </message>
    <message>
        <source>Duties under the International Emergency Economic Powers Act: the “fentanyl” and “reciprocal” tariffs of 2025.</source>
        <translation>依据《国际紧急经济权力法》（IEEPA）征收的关税：即2025年的“芬太尼关税”和“对等关税”。</translation>
    </message>
    <message>
        <source>Counter-tariff</source>
        <translation>反制关税</translation>
    </message>
    <message>
        <source>China&apos;s additional duty on US goods in answer to US tariffs.</source>
        <translation>中国为回应美国关税而对美国商品加征的关税。</translation>
    </message>
    <message>
        <source>China-customs basis</source>
        <translation>中国海关口径</translation>
    </message>
    <message>
        <source>Trade as China&apos;s General Administration of Customs (GACC) records it; US Census figures for the same flow differ.</source>
        <translation>按中国海关总署（GACC）记录的贸易数据；美国人口普查局对同一贸易流向的统计数据与之不同。</translation>
    </message>
    <message>
        <source>First full year, average year, cumulative</source>
        <translation>第一个完整年度、年均值、累计值</translation>
    </message>
    <message>
        <source>The first twelve months from the start of the scenario&apos;s changes (2025 when it changes no rate), the yearly mean over 2025–2030, and the sum over 2025–2030.</source>
        <translation>自情景调整开始起的前十二个月（如情景未调整任何税率，则为2025年）、2025–2030年的年均值，以及2025–2030年的累计值。</translation>
    </message>
    <message>
        <source>Billions of US dollars at current prices.</source>
        <translation>按现价计算的美元金额，以亿美元为单位。</translation>
    </message>
    <message>
        <source>Cited for: %1</source>
        <translation>引用事项：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Sources (continued)</source>
        <translation>资料来源（续）</translation>
    </message>
    <message>
        <source>The %1 sources the dataset cites, numbered as the figures and tables refer to them and grouped by kind: law, official statistics, research, press</source>
        <translation>数据集引用的全部%1项资料来源，按图表中引用的编号排列，并按类别分组：法律、官方统计、研究、媒体</translation>
    </message>
    <message>
        <source>the “%1” preset</source>
        <translation>“%1”预设情景</translation>
    </message>
    <message>
        <source>the scenario without its rate changes</source>
        <translation>不含税率调整的该情景</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图</translation>
    </message>
    <message>
        <source>(Figure %1)</source>
        <translation>（见图%1）</translation>
    </message>
    <message>
        <source>US–China tariffs: scenario briefing</source>
        <translation>中美关税：情景简报</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>last observed %1: %2</source>
        <translation>最新实际值（%1）：%2</translation>
    </message>
    <message>
        <source>peak %1, %2</source>
        <translation>峰值%1（%2）</translation>
    </message>
    <message>
        <source>Edits take effect %1</source>
        <translation>调整自%1起生效</translation>
    </message>
    <message>
        <source>The scenario&apos;s rate changes take effect</source>
        <translation>本情景的税率调整开始生效</translation>
    </message>
    <message>
        <source>edits take effect %1: %2</source>
        <translation>调整自%1起生效：%2</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>图%1：%2</translation>
    </message>
    <message>
        <source> Sources %1 in the list of sources.</source>
        <translation>资料来源见资料来源列表第%1项。</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>简版</translation>
    </message>
    <message>
        <source>One-page brief on scenario “%1”: key findings and two charts</source>
        <translation>情景“%1”单页简版：主要结论和两张图表</translation>
    </message>
    <message>
        <source>Briefing on scenario “%1”: key findings, headline figures, charts, assumptions and sources</source>
        <translation>情景“%1”简报：主要结论、核心指标、图表、假设和资料来源</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Official statistics</source>
        <translation>官方统计</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>您自己的数据</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source> t</source>
        <comment>tonnes, after a number</comment>
        <translation>吨</translation>
    </message>
    <message>
        <source>Scenario “%1”: trade against the no-change baseline and duties collected, %2 on the China-customs basis, each with its range</source>
        <translation>情景“%1”：相对于不变基准的贸易额变化及关税收入，单位为%2，中国海关口径，均附区间</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Figures are for scenario “%1” against the no-change baseline, and against %2 where they differ.</source>
        <translation>数字为情景“%1”相对于不变基准的结果；与%2不同之处，亦列出相对于%2的结果。</translation>
    </message>
    <message>
        <source>Figures are for scenario “%1” against the no-change baseline.</source>
        <translation>数字为情景“%1”相对于不变基准的结果。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a finding, then its figure reference</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::BriefingPackDialog</name>
    <message>
        <source>One-page brief (key findings and two charts)</source>
        <translation>单页简版（主要结论和两张图表）</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <source>the no-change baseline only</source>
        <translation>仅不变基准</translation>
    </message>
    <message>
        <source>Double-click a finding to reword it; the figures of a generated finding follow the scenario until it is reworded</source>
        <translation>双击某条结论可改写其措辞；自动生成的结论在被改写之前，其中的数字会随情景更新</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Back to the generated findings in their order</source>
        <translation>恢复为自动生成的结论及其原有顺序</translation>
    </message>
    <message>
        <source>New finding.</source>
        <translation>新结论。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比对象：</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Key findings (saved with the scenario):</source>
        <translation>主要结论（随情景一同保存）：</translation>
    </message>
    <message>
        <source>Preview of the first pages:</source>
        <translation>前几页预览：</translation>
    </message>
    <message>
        <source>Reworded: its figures no longer follow the scenario</source>
        <translation>已改写：其中的数字不再随情景更新</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::BriefingPreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>公务文件</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation>公务文件·敏感</translation>
    </message>
    <message>
        <source>For internal use</source>
        <translation>仅供内部使用</translation>
    </message>
    <message>
        <source>Shown in the header of every page</source>
        <translation>显示在每页页眉中</translation>
    </message>
    <message>
        <source>On the first page and in the PDF&apos;s metadata</source>
        <translation>显示在首页及PDF元数据中</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Handling marking, centred in the header and footer of every page</source>
        <translation>密级标识，居中显示在每页的页眉和页脚中</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Handling marking:</source>
        <translation>密级标识：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>Files here with the shipped names are added to the shipped data at start; &apos;tariffsim-cli data check&apos; checks them</source>
        <translation>此文件夹中与随附数据文件同名的文件会在启动时添加到随附数据中；可用 &apos;tariffsim-cli data check&apos; 检查这些文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>您的数据文件夹：</translation>
    </message>
    <message>
        <source>Used by every briefing pack and brief exported from this window.</source>
        <translation>从此窗口导出的所有简报和简版均使用这些设置。</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartDataDialog</name>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>The numbers the chart “%1” shows. Select cells and press Ctrl+C, or copy the whole table for a spreadsheet.</source>
        <translation>图表“%1”所显示的数字。选中单元格后按 Ctrl+C，或复制整个表格以粘贴到电子表格中。</translation>
    </message>
    <message>
        <source>Data of the chart %1</source>
        <translation>图表“%1”的数据</translation>
    </message>
    <message>
        <source>One row a date, one column a series</source>
        <translation>每行一个日期，每列一个数据系列</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>%1, low</source>
        <translation>%1，下限</translation>
    </message>
    <message>
        <source>%1, high</source>
        <translation>%1，上限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartExport</name>
    <message>
        <source>1920 × 1080 (Full HD slide)</source>
        <translation>1920 × 1080（全高清幻灯片）</translation>
    </message>
    <message>
        <source>1280 × 720 (HD slide)</source>
        <translation>1280 × 720（高清幻灯片）</translation>
    </message>
    <message>
        <source>each side must be %1 to %2 pixels</source>
        <translation>每边须为%1至%2像素</translation>
    </message>
    <message>
        <source>scale must be 1 to %1</source>
        <translation>缩放比例须为1至%1</translation>
    </message>
    <message>
        <source>the image would exceed %1 million pixels</source>
        <translation>图像将超过%1百万像素</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1（下限）</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1（上限）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartLegend</name>
    <message>
        <source>Below baseline</source>
        <translation>低于基准</translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation>高于基准</translation>
    </message>
    <message>
        <source>Click an entry to hide or show it</source>
        <translation>单击某一条目可将其隐藏或显示</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>虚线</translation>
    </message>
    <message>
        <source>patterned line</source>
        <translation>图案线</translation>
    </message>
    <message>
        <source>step line</source>
        <translation>阶梯线</translation>
    </message>
    <message>
        <source>line</source>
        <translation>实线</translation>
    </message>
    <message>
        <source>shaded band</source>
        <translation>阴影区间带</translation>
    </message>
    <message>
        <source>points</source>
        <translation>圆点</translation>
    </message>
    <message>
        <source>shading</source>
        <translation>阴影</translation>
    </message>
    <message>
        <source>hatched shading</source>
        <translation>斜线阴影</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1（%2%3）</translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation>，已隐藏</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartStyle</name>
    <message>
        <source>%1 t</source>
        <translation>%1吨</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartView</name>
    <message>
        <source>%1
%2 against baseline</source>
        <translation>%1
相对于基准：%2</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <source>Below baseline</source>
        <translation>低于基准</translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation>高于基准</translation>
    </message>
    <message>
        <source> — the %1 largest of %2 groups</source>
        <translation> — %2个组中最大的%1个</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Charts</name>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation>中国对美出口</translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation>美国对华出口</translation>
    </message>
    <message>
        <source>China → US</source>
        <translation>中国 → 美国</translation>
    </message>
    <message>
        <source>US → China</source>
        <translation>美国 → 中国</translation>
    </message>
    <message>
        <source>Average tariff rates</source>
        <translation>平均税率</translation>
    </message>
    <message>
        <source>Monthly export volumes</source>
        <translation>月度出口额</translation>
    </message>
    <message>
        <source>Change against baseline by sector</source>
        <translation>各行业相对于基准的变化</translation>
    </message>
    <message>
        <source>Duties collected and import prices</source>
        <translation>关税收入与进口价格</translation>
    </message>
    <message>
        <source>Rare-earth magnet exports to the US</source>
        <translation>对美稀土永磁出口</translation>
    </message>
    <message>
        <source>Where the trade went</source>
        <translation>贸易流向何处</translation>
    </message>
    <message>
        <source>Average tariff (%)</source>
        <translation>平均税率（%）</translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods</source>
        <translation>美国对中国商品的关税</translation>
    </message>
    <message>
        <source>China&apos;s tariffs on US goods</source>
        <translation>中国对美国商品的关税</translation>
    </message>
    <message>
        <source>US tariffs, assumed after %1</source>
        <translation>美国关税（%1之后为假设）</translation>
    </message>
    <message>
        <source>China&apos;s tariffs, assumed after %1</source>
        <translation>中国关税（%1之后为假设）</translation>
    </message>
    <message>
        <source>US tariffs on other suppliers (Mexico, Taiwan, India, ASEAN)</source>
        <translation>美国对其他供应方的关税（墨西哥、中国台湾地区、印度、东盟）</translation>
    </message>
    <message>
        <source>US tariffs on other suppliers</source>
        <translation>美国对其他供应方的关税</translation>
    </message>
    <message>
        <source>truce: US suspension</source>
        <translation>关税休战：美方暂停实施</translation>
    </message>
    <message>
        <source>truce: China&apos;s suspension</source>
        <translation>关税休战：中方暂停实施</translation>
    </message>
    <message>
        <source>%1, assumed: %2</source>
        <translation>%1，假定延续：%2</translation>
    </message>
    <message>
        <source>truce assumed past the record</source>
        <translation>假定延续（超出已知记录）的关税休战</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>资料来源：%1</translation>
    </message>
    <message>
        <source> — range</source>
        <translation> — 区间</translation>
    </message>
    <message>
        <source> — baseline</source>
        <translation> — 基准情景</translation>
    </message>
    <message>
        <source> — scenario</source>
        <translation> — 情景</translation>
    </message>
    <message>
        <source> — observed</source>
        <translation> — 实际值</translation>
    </message>
    <message>
        <source> range</source>
        <translation> 区间</translation>
    </message>
    <message>
        <source> baseline</source>
        <translation> 基准</translation>
    </message>
    <message>
        <source> scenario</source>
        <translation> 情景</translation>
    </message>
    <message>
        <source> observed</source>
        <translation> 实际值</translation>
    </message>
    <message>
        <source>%1, %2 to %3: change against baseline (%)</source>
        <translation>%1，%2至%3：较基准情景变化（%）</translation>
    </message>
    <message>
        <source>Price change (%)</source>
        <translation>价格变化（%）</translation>
    </message>
    <message>
        <source>US duties on Chinese goods</source>
        <translation>美国对中国商品征收的关税</translation>
    </message>
    <message>
        <source>China&apos;s duties on US goods</source>
        <translation>中国对美国商品征收的关税</translation>
    </message>
    <message>
        <source>US import prices of Chinese goods</source>
        <translation>美国进口中国商品价格</translation>
    </message>
    <message>
        <source>China&apos;s import prices of US goods</source>
        <translation>中国进口美国商品价格</translation>
    </message>
    <message>
        <source>US duties</source>
        <translation>美国关税收入</translation>
    </message>
    <message>
        <source>China duties</source>
        <translation>中国关税收入</translation>
    </message>
    <message>
        <source>US prices</source>
        <translation>美国进口价格</translation>
    </message>
    <message>
        <source>China prices</source>
        <translation>中国进口价格</translation>
    </message>
    <message>
        <source>Tonnes a month</source>
        <translation>吨/月</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Observed (China customs)</source>
        <translation>实际值（中国海关总署）</translation>
    </message>
    <message>
        <source>China&apos;s exports to the US (China customs)</source>
        <translation>中国对美出口（中国海关总署）</translation>
    </message>
    <message>
        <source>China&apos;s exports to the rest of the world (China customs)</source>
        <translation>中国对世界其他地区出口（中国海关总署）</translation>
    </message>
    <message>
        <source>China → rest of world</source>
        <translation>中国 → 世界其他地区</translation>
    </message>
    <message>
        <source>US imports from China (US Census)</source>
        <translation>美国自华进口（美国人口普查局）</translation>
    </message>
    <message>
        <source>US ← China</source>
        <translation>美国 ← 中国</translation>
    </message>
    <message>
        <source>US imports from other suppliers (US Census)</source>
        <translation>美国自其他供应方进口（美国人口普查局）</translation>
    </message>
    <message>
        <source>US ← others</source>
        <translation>美国 ← 其他供应方</translation>
    </message>
    <message>
        <source> — scenario against baseline</source>
        <translation> — 情景较基准情景变化</translation>
    </message>
    <message>
        <source> — observed against baseline</source>
        <translation> — 实际值较基准情景变化</translation>
    </message>
    <message>
        <source>Rerouted Chinese trade (estimate) — range</source>
        <translation>经第三国转运的中国贸易（估计值）— 区间</translation>
    </message>
    <message>
        <source>Rerouted Chinese trade (estimate)</source>
        <translation>经第三国转运的中国贸易（估计值）</translation>
    </message>
    <message>
        <source>Rerouted range</source>
        <translation>转运区间</translation>
    </message>
    <message>
        <source>Rerouted via others</source>
        <translation>经其他供应方转运</translation>
    </message>
    <message>
        <source>Source: China customs (GACC) exports by destination; US Census imports by partner (USITC DataWeb, %1 partners); US tariffs on the partners from their Executive Orders and Proclamations; rerouting share %2 (range %3-%4) from Iyoha et al. (HBS WP 24-072) and ADB MRIO tables; model estimates, docs/model.md.</source>
        <translation>资料来源：中国海关总署分目的地出口数据；美国人口普查局分贸易伙伴进口数据（USITC DataWeb，%1个贸易伙伴）；美国对上述贸易伙伴的关税取自相关行政令和总统公告；转运比例%2（区间%3-%4）取自Iyoha等（HBS WP 24-072）及亚洲开发银行多区域投入产出（ADB MRIO）表；模型估计值，见docs/model.md。</translation>
    </message>
    <message>
        <source>legal record to %1</source>
        <translation>法律记录截至%1</translation>
    </message>
    <message>
        <source>The dated legal acts in the data end on %1; the rates after it are the scenario&apos;s assumptions.</source>
        <translation>数据中有日期的法律文件截至%1；此后的税率为情景假设。</translation>
    </message>
    <message>
        <source>%1: last observed %2</source>
        <translation>%1：实际值截至%2</translation>
    </message>
    <message>
        <source>last observed %1</source>
        <translation>实际值截至%1</translation>
    </message>
    <message>
        <source>trade observed to %1</source>
        <translation>贸易实际值截至%1</translation>
    </message>
    <message>
        <source>The trade figures this chart is computed from are observed to %1; later months are projections.</source>
        <translation>本图所依据的贸易数据实际值截至%1；此后各月为预测值。</translation>
    </message>
    <message>
        <source>Observed data end here; later months are projections.
%1</source>
        <translation>实际数据至此结束；此后各月为预测值。
%1</translation>
    </message>
    <message>
        <source>counterfactual history</source>
        <translation>反事实历史</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美方</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中方</translation>
    </message>
    <message>
        <source>US tariffs</source>
        <translation>美国关税</translation>
    </message>
    <message>
        <source>China&apos;s tariffs</source>
        <translation>中国关税</translation>
    </message>
    <message>
        <source>China&apos;s duties</source>
        <translation>中国关税收入</translation>
    </message>
    <message>
        <source>magnet exports</source>
        <translation>稀土永磁出口</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <source>Duties (%1 a month)</source>
        <translation>关税收入（%1/月）</translation>
    </message>
    <message>
        <source>Against baseline (%1 a month)</source>
        <translation>较基准情景（%1/月）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Comparison</name>
    <message>
        <source>%1, %2 days, ends %3</source>
        <translation>%1起，共%2天，%3结束</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>固定对比%1</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>基础预设情景</translation>
    </message>
    <message>
        <source>Changes take effect on</source>
        <translation>修改生效日期</translation>
    </message>
    <message>
        <source>Recorded steps left out</source>
        <translation>略去的已记录步骤</translation>
    </message>
    <message>
        <source>Rates frozen after</source>
        <translation>税率冻结日（此后不变）</translation>
    </message>
    <message>
        <source>Elasticity, China → US</source>
        <translation>弹性（中国 → 美国）</translation>
    </message>
    <message>
        <source>Adjustment speed, China → US</source>
        <translation>调整速度（中国 → 美国）</translation>
    </message>
    <message>
        <source>Elasticity, US → China</source>
        <translation>弹性（美国 → 中国）</translation>
    </message>
    <message>
        <source>Adjustment speed, US → China</source>
        <translation>调整速度（美国 → 中国）</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>关税传导率</translation>
    </message>
    <message>
        <source>Front-loading share</source>
        <translation>抢运比例</translation>
    </message>
    <message>
        <source>Front-loading months</source>
        <translation>抢运月数</translation>
    </message>
    <message>
        <source>Trend growth a year</source>
        <translation>年趋势增长率</translation>
    </message>
    <message>
        <source>Rare-earth licence approval</source>
        <translation>稀土出口许可批准率</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <source>China → US trade vs baseline (%)</source>
        <translation>中国 → 美国贸易较基准情景变化（%）</translation>
    </message>
    <message>
        <source>US → China trade vs baseline (%)</source>
        <translation>美国 → 中国贸易较基准情景变化（%）</translation>
    </message>
    <message>
        <source>US average tariff on the as-of date (%)</source>
        <translation>截至日期美国平均税率（%）</translation>
    </message>
    <message>
        <source>China&apos;s average tariff on the as-of date (%)</source>
        <translation>截至日期中国平均税率（%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (rate set)</source>
        <translation>%1（设定税率）</translation>
    </message>
    <message>
        <source>%1% from %2</source>
        <translation>自%2起%1%</translation>
    </message>
    <message>
        <source>China → US trade vs baseline, 2025–2030 (%1)</source>
        <translation>中国 → 美国贸易较基准情景变化，2025–2030年（%1）</translation>
    </message>
    <message>
        <source>US → China trade vs baseline, 2025–2030 (%1)</source>
        <translation>美国 → 中国贸易较基准情景变化，2025–2030年（%1）</translation>
    </message>
    <message>
        <source>US duties collected, 2025–2030 (%1)</source>
        <translation>美国关税收入，2025–2030年（%1）</translation>
    </message>
    <message>
        <source>China&apos;s duties collected, 2025–2030 (%1)</source>
        <translation>中国关税收入，2025–2030年（%1）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ComparisonPanel</name>
    <message>
        <source>Comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>Pin Scenario File</source>
        <translation>固定对比情景文件</translation>
    </message>
    <message>
        <source>Pin &amp;current</source>
        <translation>固定对比当前情景(&amp;C)</translation>
    </message>
    <message>
        <source>Keep a snapshot of the scenario as it is now, to compare later edits against</source>
        <translation>保存当前情景的快照，用于与之后的修改进行对比</translation>
    </message>
    <message>
        <source>Pin &amp;preset</source>
        <translation>固定对比预设情景(&amp;P)</translation>
    </message>
    <message>
        <source>Compare with a preset scenario</source>
        <translation>与预设情景对比</translation>
    </message>
    <message>
        <source>Pin &amp;file…</source>
        <translation>固定对比文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Compare with a saved scenario file</source>
        <translation>与已保存的情景文件对比</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every pinned scenario</source>
        <translation>移除所有固定对比的情景</translation>
    </message>
    <message>
        <source>Pinned scenarios</source>
        <translation>固定对比的情景</translation>
    </message>
    <message>
        <source>Pinned scenarios and their line styles on the charts; Delete removes the selected one</source>
        <translation>固定对比的情景及其在图表中的线型；按 Delete 键移除所选情景</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>对比表</translation>
    </message>
    <message>
        <source>Pin up to four scenarios to compare them with the current one. Pinned scenarios appear on the time charts in their own line style.</source>
        <translation>最多可固定对比四个情景，与当前情景进行比较。固定对比的情景以各自的线型显示在时间序列图表中。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot pin scenario</source>
        <translation>无法固定对比情景</translation>
    </message>
    <message>
        <source>“%1” cannot be read:

%2</source>
        <translation>无法读取“%1”：

%2</translation>
    </message>
    <message>
        <source>Input or figure</source>
        <translation>输入项或结果</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Δ vs current</source>
        <translation>Δ（较当前）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ExportActions</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack (PDF)…</source>
        <translation>简报（PDF）(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart to clipboard</source>
        <translation>复制图表到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print chart</source>
        <translation>打印图表(&amp;P)</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Show data…</source>
        <translation>显示数据…</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The chart to export, as the window shows it</source>
        <translation>要导出的图表，与窗口中显示的一致</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV of the chart&apos;s numbers</source>
        <translation>图表数值 CSV</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>PNG for slides, SVG and PDF as vectors (text stays text), CSV for the numbers</source>
        <translation>PNG 适用于幻灯片；SVG 和 PDF 为矢量格式（文字保留为文本）；CSV 用于导出数值</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Size in pixels at 96 dpi; the layout scales with it</source>
        <translation>按 96 dpi 计的像素尺寸；版面随之缩放</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>自定义宽度</translation>
    </message>
    <message>
        <source>Custom height</source>
        <translation>自定义高度</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放倍数</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2× and 3× for sharp slides on high-density screens</source>
        <translation>每个版面像素对应的 PNG 像素数：2× 和 3× 可在高分辨率屏幕上呈现清晰的幻灯片</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>副标题(&amp;B)：</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Key assumptions printed under the chart</source>
        <translation>打印在图表下方的主要假设</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>说明文字(&amp;P)：</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>资料来源行</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>资料来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Cop&amp;y to clipboard</source>
        <translation>复制到剪贴板(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>重置文字(&amp;R)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>vector, %1 × %2 at 96 dpi</source>
        <translation>矢量，96 dpi 下为 %1 × %2</translation>
    </message>
    <message>
        <source>the numbers behind the chart</source>
        <translation>图表所依据的数值</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>是否先保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>情景另存为</translation>
    </message>
    <message>
        <source>Name the Scenario</source>
        <translation>为情景命名</translation>
    </message>
    <message>
        <source>This scenario differs from its preset. Title for the saved scenario:</source>
        <translation>此情景与其预设情景不同。请输入保存后的情景标题：</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard the changes to “%1” and reload it from its file?</source>
        <translation>是否放弃对“%1”的更改并从文件重新加载？</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名情景</translation>
    </message>
    <message>
        <source>Tariff Scenario Simulator did not close normally. Recover the unsaved scenario “%1” (never saved to a file)?</source>
        <translation>关税情景模拟器未正常关闭。是否恢复未保存的情景“%1”（从未保存到文件）？</translation>
    </message>
    <message>
        <source>Tariff Scenario Simulator did not close normally. Recover the unsaved changes to “%1” in %2?</source>
        <translation>关税情景模拟器未正常关闭。是否恢复对“%1”（%2）未保存的更改？</translation>
    </message>
    <message>
        <source>Recover unsaved scenario</source>
        <translation>恢复未保存的情景</translation>
    </message>
    <message>
        <source>Autosaved %1.</source>
        <translation>自动保存于%1。</translation>
    </message>
    <message>
        <source>Its file, %1, keeps the last saved version until you save.</source>
        <translation>在您保存之前，其文件 %1 仍保留上次保存的版本。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new scenario from the as-enacted preset</source>
        <translation>以“已实施措施”预设情景新建情景</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a scenario file (.tariffsim.json)</source>
        <translation>打开情景文件（.tariffsim.json）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the scenario to its file</source>
        <translation>将情景保存到其文件</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the scenario to a new file</source>
        <translation>将情景保存为新文件</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes and reload the scenario&apos;s file</source>
        <translation>放弃更改并重新加载情景文件</translation>
    </message>
    <message>
        <source>&amp;Title and Notes…</source>
        <translation>标题和备注(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the scenario&apos;s title and notes</source>
        <translation>编辑情景的标题和备注</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1[*] — Tariff Scenario Simulator</source>
        <translation>%1[*] — 关税情景模拟器</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开情景</translation>
    </message>
    <message>
        <source>“%1” cannot be opened:

%2

The open scenario is unchanged.</source>
        <translation>无法打开“%1”：

%2

当前打开的情景未更改。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Based on “%1”, with: %2.</source>
        <translation>基于“%1”，修改如下：%2。</translation>
    </message>
    <message>
        <source>Cannot save scenario</source>
        <translation>无法保存情景</translation>
    </message>
    <message>
        <source>“%1” could not be written:

%2

The scenario still has unsaved changes.</source>
        <translation>无法写入“%1”：

%2

情景仍有未保存的更改。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>无法还原</translation>
    </message>
    <message>
        <source>“%1” cannot be read:

%2

The open scenario is unchanged.</source>
        <translation>无法读取“%1”：

%2

当前打开的情景未更改。</translation>
    </message>
    <message>
        <source>Reverted to %1</source>
        <translation>已还原为 %1</translation>
    </message>
    <message>
        <source>Title and Notes</source>
        <translation>标题和备注</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>情景标题</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>情景备注</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Cannot recover scenario</source>
        <translation>无法恢复情景</translation>
    </message>
    <message>
        <source>Recovered the unsaved scenario</source>
        <translation>已恢复未保存的情景</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HeadlineStrip</name>
    <message>
        <source>China → US against baseline</source>
        <translation>中国 → 美国（较基准情景）</translation>
    </message>
    <message>
        <source>US → China against baseline</source>
        <translation>美国 → 中国（较基准情景）</translation>
    </message>
    <message>
        <source>Trade diverted</source>
        <translation>贸易转移</translation>
    </message>
    <message>
        <source>Trade rerouted</source>
        <translation>经第三国转运的贸易</translation>
    </message>
    <message>
        <source>Duties collected</source>
        <translation>关税收入</translation>
    </message>
    <message>
        <source>Average tariffs</source>
        <translation>平均税率</translation>
    </message>
    <message>
        <source>Truce</source>
        <translation>关税休战</translation>
    </message>
    <message>
        <source>Scenario minus the no-change baseline, summed over %1 (China customs basis)</source>
        <translation>情景减去不变基准，%1年累计（中国海关总署口径）</translation>
    </message>
    <message>
        <source>China → US vs baseline</source>
        <translation>中国 → 美国较基准情景</translation>
    </message>
    <message>
        <source>US → China vs baseline</source>
        <translation>美国 → 中国较基准情景</translation>
    </message>
    <message>
        <source>Duties collected, %1</source>
        <translation>关税收入（%1年）</translation>
    </message>
    <message>
        <source>Average tariffs, %1</source>
        <translation>平均税率（%1）</translation>
    </message>
    <message>
        <source>US imports from the other suppliers (Mexico, Taiwan, India, ASEAN) minus their no-change baseline, summed over %1 (US Census basis). China&apos;s exports to other markets: %2 against baseline (China customs basis)</source>
        <translation>美国自其他供应方（墨西哥、中国台湾地区、印度、东盟）的进口减去其不变基准，%1年累计（美国人口普查局口径）。中国对其他市场出口：较基准情景%2（中国海关总署口径）</translation>
    </message>
    <message>
        <source>$%1bn ($%2–%3bn)</source>
        <extracomment>An estimate and its range of money: %1 and %2–%3 are in the interface&apos;s unit (billions in English; 亿, hundreds of millions, in Chinese: 123亿美元（100–150亿美元）).</extracomment>
        <translation>%1亿美元（%2–%3亿美元）</translation>
    </message>
    <message>
        <source>Estimated Chinese goods or content in the diverted trade, passing through the other suppliers, summed over %1; the range spans the published rerouting benchmarks (an estimate)</source>
        <translation>转移贸易中经其他供应方转运的中国商品或中国成分估计值，%1年累计；区间涵盖已发表的转运基准估计（估计值）</translation>
    </message>
    <message>
        <source>Duties collected on the projected trade, %1</source>
        <translation>预测贸易所征收的关税收入，%1年累计</translation>
    </message>
    <message>
        <source>US %1% · China %2%</source>
        <translation>美国 %1% · 中国 %2%</translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods and China&apos;s tariffs on US goods: trade-weighted averages (base-year weights)</source>
        <translation>美国对中国商品的关税与中国对美国商品的关税：贸易加权平均税率（基年权重）</translation>
    </message>
    <message>
        <source>%1: ended %2</source>
        <translation>%1：已于%2结束</translation>
    </message>
    <message>
        <source>The %1 side&apos;s suspension %2. The scenario assumes it continues.</source>
        <translation>%1的暂停措施%2。本情景假定其继续实施。</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>剩余1天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>剩余%1天</translation>
    </message>
    <message>
        <source> (%1, assumed end)</source>
        <translation>（%1，假定结束日期）</translation>
    </message>
    <message>
        <source> (%1, to %2)</source>
        <translation>（%1，至%2）</translation>
    </message>
    <message>
        <source>The %1 side&apos;s suspension of points runs to %2</source>
        <translation>%1暂停实施部分百分点关税，持续至%2</translation>
    </message>
    <message>
        <source>; the end date is a scenario assumption, not a recorded decision</source>
        <translation>；结束日期为情景假设，并非已记录的决定</translation>
    </message>
    <message>
        <source>none running on %1</source>
        <translation>%1无进行中的关税休战</translation>
    </message>
    <message>
        <source>US %1 · China %2</source>
        <translation>美国 %1 · 中国 %2</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>How to read the present, build a scenario, compare and brief</source>
        <translation>如何解读当前形势、构建情景、进行对比和编写简报</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>The legal and economic terms the window uses</source>
        <translation>界面中使用的法律和经济术语</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About tariffsim</source>
        <translation>关于 tariffsim(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HelpWindow</name>
    <message>
        <source>tariffsim Help</source>
        <translation>tariffsim 帮助</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Type a word and press Enter; Enter again finds the next place</source>
        <translation>输入词语后按 Enter；再次按 Enter 查找下一处</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>帮助目录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>后退（%1）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>前进（%1）</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>帮助页面</translation>
    </message>
    <message>
        <source>“%1” is not part of the built-in help.</source>
        <translation>“%1”不属于内置帮助。</translation>
    </message>
    <message>
        <source>“%1” is not in the help.</source>
        <translation>帮助中未找到“%1”。</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;scenario as opened&gt;</source>
        <translation>&lt;打开时的情景&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Every edit as one step; click a step to go back to it</source>
        <translation>每次编辑记为一步；单击某一步可返回该步</translation>
    </message>
    <message>
        <source>Every change, oldest first; click one to return to it (the disk icon marks the saved state)</source>
        <translation>所有更改，按时间先后排列；单击某项可返回该状态（磁盘图标标示已保存的状态）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ImportDialog</name>
    <message>
        <source>Import observations</source>
        <translation>导入观测数据</translation>
    </message>
    <message>
        <source>Your data folder: %1
Its files are added to the shipped data at the next start; a row with the same key replaces the shipped one.</source>
        <translation>您的数据文件夹：%1
下次启动时，其中的文件将并入随附数据；键相同的行将替换随附数据中的对应行。</translation>
    </message>
    <message>
        <source>&amp;Choose CSV...</source>
        <translation>选择CSV文件(&amp;C)...</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源文件：</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <source>Columns (each column of the file from a column of the source)</source>
        <translation>列（为目标文件的每一列选择源文件中的一列）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not CSV: %2</source>
        <translation>%1 不是CSV文件：%2</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>请选择一个CSV文件。</translation>
    </message>
    <message>
        <source>Ready: adds its rows to %1 (a row with the same key replaces the one there).</source>
        <translation>就绪：将其中的行添加到 %1（键相同的行将替换原有的行）。</translation>
    </message>
    <message>
        <source>Ready: replaces %1, which has problems of its own.</source>
        <translation>就绪：将替换 %1（该文件本身存在问题）。</translation>
    </message>
    <message>
        <source>Ready: writes %1.</source>
        <translation>就绪：将写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::MainWindow</name>
    <message>
        <source>From %1 (when the edits apply)</source>
        <translation>自%1起（修改生效之时）</translation>
    </message>
    <message>
        <source>Autosave failed (%1): save your changes to keep them.</source>
        <translation>自动保存失败（%1）：请保存更改，以免丢失。</translation>
    </message>
    <message>
        <source>Chart. Right-click or press the Menu key for Show data (its numbers as a table), Export, Copy and Print; hover a line or bar for its value.</source>
        <translation>图表。右键单击或按菜单键可使用“显示数据”（以表格列出其数字）、“导出”、“复制”和“打印”；将鼠标悬停在曲线或柱形上可查看其数值。</translation>
    </message>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation>中国对美出口</translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation>美国对华出口</translation>
    </message>
    <message>
        <source>Sector chart flow</source>
        <translation>行业图贸易流向</translation>
    </message>
    <message>
        <source>Which flow the sector chart shows</source>
        <translation>行业图显示的贸易流向</translation>
    </message>
    <message>
        <source>Sector chart period</source>
        <translation>行业图时段</translation>
    </message>
    <message>
        <source>The months over which the sector chart compares the scenario with the baseline</source>
        <translation>行业图比较情景与基准情景所用的月份范围</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>流向(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Tariff controls</source>
        <translation>关税控件</translation>
    </message>
    <message>
        <source>A rate slider, a rate box and a reset button for each legal layer of both sides</source>
        <translation>双方每个法定关税层各有一个税率滑块、一个税率输入框和一个重置按钮</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <source>Elasticities, adjustment speeds, pass-through, front-loading and the rare-earth licence approval share, each with its literature range</source>
        <translation>弹性、调整速度、关税传导率、抢运（提前出货）和稀土出口许可批准比例，均附文献中的取值区间</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>&amp;Scenario: </source>
        <translation>情景(&amp;S)： </translation>
    </message>
    <message>
        <source>Preset scenario</source>
        <translation>预设情景</translation>
    </message>
    <message>
        <source>Start from a preset scenario (clears the undo history)</source>
        <translation>从预设情景开始（将清除撤销历史）</translation>
    </message>
    <message>
        <source>  &amp;As of: </source>
        <translation>  截至日期(&amp;A)： </translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>The day the headline rates and the truce countdown refer to</source>
        <translation>核心指标栏中的税率和关税休战倒计时所对应的日期</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import observations...</source>
        <translation>导入观测数据(&amp;I)...</translation>
    </message>
    <message>
        <source>Imported %1; it is read at the next start.</source>
        <translation>已导入 %1；将在下次启动时读取。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;measure...</source>
        <translation>新建措施(&amp;M)...</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>1 truce assumed past the record</source>
        <translation>1次关税休战假定延续（超出已知记录）</translation>
    </message>
    <message>
        <source>%1 truces assumed past the record</source>
        <translation>%1次关税休战假定延续（超出已知记录）</translation>
    </message>
    <message>
        <source>1 change from %1</source>
        <translation>较“%1”有1处更改</translation>
    </message>
    <message>
        <source>%1 changes from %2</source>
        <translation>较“%2”有%1处更改</translation>
    </message>
    <message>
        <source>2025</source>
        <translation>2025年</translation>
    </message>
    <message>
        <source>2026</source>
        <translation>2026年</translation>
    </message>
    <message>
        <source>2027–2030</source>
        <translation>2027–2030年</translation>
    </message>
    <message>
        <source>2025–2030</source>
        <translation>2025–2030年</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::MeasureDialog</name>
    <message>
        <source>Change measure</source>
        <translation>修改措施</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>新建措施</translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods</source>
        <translation>美国对中国商品的关税</translation>
    </message>
    <message>
        <source>China&apos;s tariffs on US goods</source>
        <translation>中国对美国商品的关税</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. Toys and consoles</source>
        <translation>例如：玩具和游戏机</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Section 301, a new determination</source>
        <translation>例如：301条款，新的裁定</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <source>added on top</source>
        <translation>叠加征收</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>设定为</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>税率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Later steps</source>
        <translation>后续阶段</translation>
    </message>
    <message>
        <source>Rate steps after the first, one row each: from, optional end, rate, and whether it adds on top or sets the rate</source>
        <translation>第一阶段之后的各税率阶段，每行一个：起始日期、结束日期（可选）、税率，以及是叠加征收还是设定税率</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加阶段(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>删除阶段(&amp;M)</translation>
    </message>
    <message>
        <source>Later steps:</source>
        <translation>后续阶段：</translation>
    </message>
    <message>
        <source>HS prefixes, comma separated: 95, 8507.60</source>
        <translation>HS编码前缀，以逗号分隔：95, 8507.60</translation>
    </message>
    <message>
        <source>&amp;HS prefixes:</source>
        <translation>HS编码前缀(&amp;H)：</translation>
    </message>
    <message>
        <source>Share of the goods under these prefixes that the measure covers</source>
        <translation>这些前缀下的商品中受本措施覆盖的比例</translation>
    </message>
    <message>
        <source>&amp;Coverage share:</source>
        <translation>覆盖比例(&amp;C)：</translation>
    </message>
    <message>
        <source>Yields to</source>
        <translation>不叠加于</translation>
    </message>
    <message>
        <source>Tick the layers on whose goods this measure is not charged while they are; none ticked: it adds on top of everything in force</source>
        <translation>勾选若干关税层：在其实施期间，本措施不对其所覆盖的商品计征；若均不勾选，本措施叠加于所有现行关税之上</translation>
    </message>
    <message>
        <source>&amp;Yields to:</source>
        <translation>不叠加于(&amp;Y)：</translation>
    </message>
    <message>
        <source>Find HS codes by description: toys, batteries, soybeans...</source>
        <translation>按描述查找HS编码：玩具、电池、大豆...</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Double-click to add the code to the HS prefixes</source>
        <translation>双击可将该编码添加到HS编码前缀</translation>
    </message>
    <message>
        <source>Step %1 from</source>
        <translation>第%1阶段起始日期</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <source>Step %1 ends on (YYYY-MM-DD, empty for no end)</source>
        <translation>第%1阶段结束日期（YYYY-MM-DD，留空表示无结束日期）</translation>
    </message>
    <message>
        <source>Step %1 rate</source>
        <translation>第%1阶段税率</translation>
    </message>
    <message>
        <source>Step %1: added on top or set to</source>
        <translation>第%1阶段：叠加征收或设定为</translation>
    </message>
    <message>
        <source>Step %1, Ends on: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>第%1阶段，结束日期：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>HS prefixes</source>
        <translation>HS编码前缀</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>第%1阶段，%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ParameterPanel</name>
    <message>
        <source>How strongly %1 respond to tariffs in the long run: at %2, duty-inclusive prices 10% higher cut the volume by about %3%.</source>
        <translation>%1对关税的长期反应强度：取值为%2时，含税价格上涨10%将使贸易量减少约%3%。</translation>
    </message>
    <message>
        <source>How quickly trade moves to its new level: the share of the remaining gap closed each month (%1).</source>
        <translation>贸易向新水平调整的速度：每月弥合的剩余差距比例（%1）。</translation>
    </message>
    <message>
        <source>How quickly trade moves to its new level: at %1, %2% of the remaining gap closes each month, half of it within %3 months.</source>
        <translation>贸易向新水平调整的速度：取值为%1时，每月弥合剩余差距的%2%，%3个月内弥合一半。</translation>
    </message>
    <message>
        <source>Elasticity, China → US</source>
        <translation>弹性，中国 → 美国</translation>
    </message>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation>中国对美出口</translation>
    </message>
    <message>
        <source>Adjustment speed, China → US</source>
        <translation>调整速度，中国 → 美国</translation>
    </message>
    <message>
        <source>Elasticity, US → China</source>
        <translation>弹性，美国 → 中国</translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation>美国对华出口</translation>
    </message>
    <message>
        <source>Adjustment speed, US → China</source>
        <translation>调整速度，美国 → 中国</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>关税传导率</translation>
    </message>
    <message>
        <source>How much of a tariff shows in the price buyers pay at the border: at %1, %2% of it.</source>
        <translation>关税在买方于边境支付的价格中体现的比例：取值为%1时，体现%2%。</translation>
    </message>
    <message>
        <source>Front-loading</source>
        <translation>抢运（提前出货）</translation>
    </message>
    <message>
        <source>Buying ahead of an announced tariff rise: at %1, %2% of the fall expected after the rise is bought early instead.</source>
        <translation>在已宣布的加税生效前提前采购：取值为%1时，加税后预计减少的进口中有%2%改为提前采购。</translation>
    </message>
    <message>
        <source>Rare-earth licence approval</source>
        <translation>稀土出口许可批准比例</translation>
    </message>
    <message>
        <source>How much of China&apos;s rare-earth magnet exports licences let through: at %1, %2% of what was shipped before the controls.</source>
        <translation>中国稀土永磁出口中获许可放行的比例：取值为%1时，为管制前出货量的%2%。</translation>
    </message>
    <message>
        <source>range %1–%2</source>
        <translation>区间 %1–%2</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将%1设为%2</translation>
    </message>
    <message>
        <source>Range in the studies: %1 to %2.</source>
        <translation>研究文献中的取值区间：%1至%2。</translation>
    </message>
    <message>
        <source>Where the default comes from: %1</source>
        <translation>默认值来源：%1</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ScenarioDocument</name>
    <message>
        <source>Edit title and notes</source>
        <translation>编辑标题和备注</translation>
    </message>
    <message>
        <source>Edit key findings</source>
        <translation>编辑主要结论</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名情景</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Set %1 to %2%</source>
        <translation>将%1设为%2%</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置%1</translation>
    </message>
    <message>
        <source>Set the US tariff on %1 to %2%</source>
        <translation>将美国对%1的关税设为%2%</translation>
    </message>
    <message>
        <source>Reset the US tariff on %1</source>
        <translation>重置美国对%1的关税</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>添加措施“%1”</translation>
    </message>
    <message>
        <source>Change measure %1</source>
        <translation>修改措施“%1”</translation>
    </message>
    <message>
        <source>%1 set to %2%</source>
        <translation>%1设定为%2%</translation>
    </message>
    <message>
        <source>%1: %2% added</source>
        <translation>%1：加征%2%</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>HS %1</translation>
    </message>
    <message>
        <source>A measure of this scenario, not of the record</source>
        <translation>本情景设定的措施，并非法律记录中的措施</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1结束</translation>
    </message>
    <message>
        <source>Remove measure %1</source>
        <translation>删除措施“%1”</translation>
    </message>
    <message>
        <source>Changes take effect on %1</source>
        <translation>变更生效日期为%1</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ScenarioFile</name>
    <message>
        <source>Scenario files (*.tariffsim.json);;JSON files (*.json);;All files (*)</source>
        <translation>情景文件 (*.tariffsim.json);;JSON文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::TariffControls</name>
    <message>
        <source>Changes take effect on</source>
        <translation>变更生效日期</translation>
    </message>
    <message>
        <source>Slider values apply from this date; before it the charts show the enacted path.</source>
        <translation>滑块数值自该日期起适用；在此之前，各图表显示已实施措施下的路径。</translation>
    </message>
    <message>
        <source>Changes take &amp;effect on:</source>
        <translation>变更生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods</source>
        <translation>美国对中国商品的关税</translation>
    </message>
    <message>
        <source>China&apos;s tariffs on US goods</source>
        <translation>中国对美国商品的关税</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>覆盖范围：%1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <source>%1: drag to set the rate from the effective date (0-%2%)</source>
        <translation>%1：拖动以设定自生效日期起的税率（0-%2%）</translation>
    </message>
    <message>
        <source>%1: type a rate in percent (0-1000)</source>
        <translation>%1：键入税率百分比（0-1000）</translation>
    </message>
    <message>
        <source>Rate enacted on the effective date in the base scenario</source>
        <translation>基础情景在生效日期当天实施的税率</translation>
    </message>
    <message>
        <source>Reset %1 to enacted</source>
        <translation>将%1重置为已实施税率</translation>
    </message>
    <message>
        <source>Reset %1 to the enacted rate</source>
        <translation>将%1重置为已实施的税率</translation>
    </message>
    <message>
        <source>Measures of this scenario</source>
        <translation>本情景设定的措施</translation>
    </message>
    <message>
        <source>US tariffs on other suppliers</source>
        <translation>美国对其他供应方的关税</translation>
    </message>
    <message>
        <source>Shows the US tariff on each of the other suppliers, for the &quot;Where the trade went&quot; model</source>
        <translation>显示美国对各其他供应方的关税，用于“贸易流向何处”模型</translation>
    </message>
    <message>
        <source>US tariff on %1</source>
        <translation>美国对%1的关税</translation>
    </message>
    <message>
        <source>The additional US tariff on goods from %1 from the effective date, on the goods its recorded layers were charged on the day before</source>
        <translation>自生效日期起，美国对来自%1的商品额外加征的关税，适用于前一天其已记录关税层所计征的商品</translation>
    </message>
    <message>
        <source>The recorded rate on the effective date, averaged over the partner&apos;s goods</source>
        <translation>生效日期当天已记录的税率，按该伙伴的商品取平均</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset the US tariff on %1</source>
        <translation>重置美国对%1的关税</translation>
    </message>
    <message>
        <source>Back to the recorded rates</source>
        <translation>恢复为已记录的税率</translation>
    </message>
    <message>
        <source>%1 rate slider</source>
        <translation>%1税率滑块</translation>
    </message>
    <message>
        <source>%1 rate</source>
        <translation>%1税率</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>已记录 %1</translation>
    </message>
    <message>
        <source>enacted %1</source>
        <translation>已实施 %1</translation>
    </message>
    <message>
        <source>US on Chinese goods</source>
        <translation>美国对中国商品</translation>
    </message>
    <message>
        <source>China on US goods</source>
        <translation>中国对美国商品</translation>
    </message>
    <message>
        <source>A measure of this scenario, not of the record</source>
        <translation>本情景设定的措施，并非法律记录中的措施</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Rate the measure&apos;s own steps give on the effective date</source>
        <translation>本措施自身各阶段在生效日期当天的税率</translation>
    </message>
    <message>
        <source>Reset %1 to its steps</source>
        <translation>将%1重置为其各阶段的税率</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::TimelineWidget</name>
    <message>
        <source>Truce timeline</source>
        <translation>关税休战时间轴</translation>
    </message>
    <message>
        <source>Dated events and truce periods. Drag a truce to move it, drag its end to change its length; arrows move the selected truce by a day, Shift+arrows by a week, Delete removes an extension, E extends by 90 days.</source>
        <translation>有明确日期的事件和关税休战时段。拖动关税休战可移动它，拖动其右端可改变其时长；方向键将选中的关税休战移动一天，Shift+方向键移动一周，Delete移除一次延期，E延期90天。</translation>
    </message>
    <message>
        <source>Suspends %1 points of %2</source>
        <translation>暂停实施%2中的%1个百分点</translation>
    </message>
    <message>
        <source>the suspension lowers no rate there: the measure is not in force, or the scenario sets its rate, which is then charged in full</source>
        <translation>该暂停在此并未降低任何税率：该措施未在实施，或情景设定了其税率，因而全额征收</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation>（假定）</translation>
    </message>
    <message>
        <source>Extended to %1</source>
        <translation>已延期至%1</translation>
    </message>
    <message>
        <source>Recorded to %1: %2. Beyond that the suspension is a scenario assumption.</source>
        <translation>记录截至%1：%2。此后的暂停为情景假设。</translation>
    </message>
    <message>
        <source>No snap-back: the measure is no longer in force on %1</source>
        <translation>不会恢复征收：该措施于%1已不再实施</translation>
    </message>
    <message>
        <source>Snap-back on %1: %2 %3% → %4%; average %5 tariff %6% → %7%</source>
        <translation>%1恢复征收：%2 %3% → %4%；%5平均税率 %6% → %7%</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美方</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中方</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>资料来源：%1</translation>
    </message>
    <message>
        <source>Extension to %1: %2</source>
        <translation>延期至%1：%2</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>无效果</translation>
    </message>
    <message>
        <source>no effect from %1</source>
        <translation>自%1起无效果</translation>
    </message>
    <message>
        <source>Counterfactual history, %1 to %2</source>
        <translation>反事实历史，%1至%2</translation>
    </message>
    <message>
        <source> · assumed: continues</source>
        <translation> · 假定延续</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1 · %2 days recorded</source>
        <translation>%1 · 已记录%2天</translation>
    </message>
    <message>
        <source>%1 · %2 days</source>
        <translation>%1 · %2天</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中方</translation>
    </message>
    <message>
        <source> · %1: truce ended %2, then assumed</source>
        <translation> · %1：关税休战已于%2结束，此后为假定延续</translation>
    </message>
    <message>
        <source> · %1: %2 days left</source>
        <translation> · %1：剩余%2天</translation>
    </message>
    <message>
        <source>Edit refused: %1</source>
        <translation>无法进行此编辑：%1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>更改%1的时长</translation>
    </message>
    <message>
        <source>Remove an extension of %1</source>
        <translation>移除%1的一次延期</translation>
    </message>
    <message>
        <source>Extend %1 by 90 days</source>
        <translation>将%1延期90天</translation>
    </message>
    <message>
        <source>Extend by 90 days</source>
        <translation>延期90天</translation>
    </message>
    <message>
        <source>Extend by…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Extend truce</source>
        <translation>关税休战延期</translation>
    </message>
    <message>
        <source>Extend %1 by (days):</source>
        <translation>将%1延期（天数）：</translation>
    </message>
    <message>
        <source>Extend %1 by %2 days</source>
        <translation>将%1延期%2天</translation>
    </message>
    <message>
        <source>Remove last extension</source>
        <translation>移除最后一次延期</translation>
    </message>
    <message>
        <source>Lapse at the original end (snap back)</source>
        <translation>于原定结束日到期失效（恢复征收）</translation>
    </message>
    <message>
        <source>Let %1 lapse</source>
        <translation>使%1到期失效</translation>
    </message>
    <message>
        <source>Zoom to 2025–2026</source>
        <translation>缩放至2025–2026年</translation>
    </message>
    <message>
        <source>Show the whole horizon</source>
        <translation>显示全部时间范围</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1至%2（%3天）</translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Vintage</name>
    <message>
        <source>China customs</source>
        <translation>中国海关总署</translation>
    </message>
    <message>
        <source>US Census</source>
        <translation>美国人口普查局</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>legal record to %1</source>
        <translation>法律记录至%1</translation>
    </message>
    <message>
        <source>trade observed to %1</source>
        <translation>贸易实际值至%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截至%1</translation>
    </message>
    <message>
        <source>trade to %1</source>
        <translation>贸易数据至%1</translation>
    </message>
    <message>
        <source>Anything later is an assumption, named where it is used.</source>
        <translation>此后的一切均为假设，并在使用之处注明。</translation>
    </message>
    <message>
        <source>Scheduled: a date fixed in advance; what happened is not in the data.</source>
        <translation>预定：事先确定的日期；实际发生的情况不在数据中。</translation>
    </message>
    <message>
        <source>Not enacted: threatened or announced, never carried out.</source>
        <translation>未实施：曾威胁或宣布，但从未执行。</translation>
    </message>
    <message>
        <source>Unverified: a single lower-confidence source.</source>
        <translation>未核实：仅有单一的、可信度较低的来源。</translation>
    </message>
    <message>
        <source>ended %1; what followed is not in the data</source>
        <translation>已于%1结束；此后的情况不在数据中</translation>
    </message>
    <message>
        <source>counterfactual from %1</source>
        <translation>自%1起为反事实历史</translation>
    </message>
    <message>
        <source>when its edits take effect</source>
        <translation>即情景修改生效之时</translation>
    </message>
    <message>
        <source>after the legal record ends</source>
        <translation>即法律记录结束之时</translation>
    </message>
    <message>
        <source>Counterfactual history: from %1 the scenario&apos;s tariffs differ from those enacted, before %2 (%3).</source>
        <translation>反事实历史：自%1起至%2前（%3），情景的税率与已实施的税率不同。</translation>
    </message>
    <message>
        <source>to the end of the horizon</source>
        <translation>至模拟期末</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至%1</translation>
    </message>
    <message>
        <source>%1: %2. Assumed: the suspension of %3 points continues %4.</source>
        <translation>%1：%2。假定：暂停实施的%3个百分点持续%4。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
</TS>
